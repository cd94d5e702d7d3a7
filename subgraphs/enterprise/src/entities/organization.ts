import { EntitySchema } from 'typeorm';

export type OrganizationKind = 'ENTERPRISE' | 'EVALUATION_ORGANIZATION';

/** An enterprise or a 1+X training and evaluation organisation. Public catalogue data. */
export interface OrganizationRow {
  /** Hub-wide organisation id, e.g. org-zhilian: staff tokens name it in their `org` claim. */
  id: string;
  name: string;
  kind: OrganizationKind;
}

export const OrganizationEntity = new EntitySchema<OrganizationRow>({
  name: 'CertificationOrganization',
  tableName: 'certification_organization',
  columns: {
    id: { type: 'varchar', length: 64, primary: true },
    name: { type: 'varchar', length: 200 },
    kind: { type: 'varchar', length: 32 },
  },
});
