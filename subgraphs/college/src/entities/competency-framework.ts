import { EntitySchema } from 'typeorm';
import type { AssociationType, CompetencyKind } from '../competencies/case.ts';

/**
 * A competency framework of one articulation agreement, one row per version
 * (a CASE CFDocument): in force from `effectiveFrom` through `effectiveTo`.
 */
export interface FrameworkRow {
  /** The CFDocument's identifier (a UUID). */
  id: string;
  agreementId: string;
  uri: string;
  title: string;
  version: string;
  description: string | null;
  creator: string;
  language: string | null;
  adoptionStatus: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  lastChangeDateTime: string;
}

/** A competency item (CFItem): a knowledge, skill or attitude indicator, with its level (1–5). */
export interface ItemRow {
  id: string;
  frameworkId: string;
  uri: string;
  code: string;
  abbreviatedStatement: string | null;
  statement: string;
  kind: CompetencyKind;
  level: number;
  listOrder: number;
  lastChangeDateTime: string;
}

/**
 * A typed link (CFAssociation) declared by a framework. Its ends are kept as
 * the document gave them (identifier, URI, title), so an end outside this
 * framework, or outside the hub, survives an export and import.
 */
export interface AssociationRow {
  id: string;
  frameworkId: string;
  uri: string;
  type: AssociationType;
  originId: string;
  originUri: string;
  originTitle: string;
  destinationId: string;
  destinationUri: string;
  destinationTitle: string;
  sequence: number;
  lastChangeDateTime: string;
}

const uuid = (name: string) => ({ name, type: 'varchar', length: 36 }) as const;
const uri = (name: string) => ({ name, type: 'varchar', length: 500 }) as const;
const changed = { name: 'last_change', type: 'varchar', length: 30 } as const;

export const FrameworkEntity = new EntitySchema<FrameworkRow>({
  name: 'CompetencyFramework',
  tableName: 'competency_framework',
  columns: {
    id: { ...uuid('id'), primary: true },
    agreementId: { name: 'agreement_id', type: 'varchar', length: 32 },
    uri: uri('uri'),
    title: { type: 'varchar', length: 200 },
    version: { type: 'varchar', length: 32 },
    description: { type: 'varchar', length: 1000, nullable: true },
    creator: { type: 'varchar', length: 200 },
    language: { type: 'varchar', length: 16, nullable: true },
    adoptionStatus: { name: 'adoption_status', type: 'varchar', length: 32, nullable: true },
    effectiveFrom: { name: 'effective_from', type: 'varchar', length: 10 },
    effectiveTo: { name: 'effective_to', type: 'varchar', length: 10, nullable: true },
    lastChangeDateTime: changed,
  },
  indices: [{ name: 'idx_competency_framework_agreement', columns: ['agreementId'] }],
});

export const ItemEntity = new EntitySchema<ItemRow>({
  name: 'CompetencyItem',
  tableName: 'competency_item',
  columns: {
    id: { ...uuid('id'), primary: true },
    frameworkId: uuid('framework_id'),
    uri: uri('uri'),
    code: { type: 'varchar', length: 32 },
    abbreviatedStatement: { name: 'abbreviated_statement', type: 'varchar', length: 200, nullable: true },
    statement: { type: 'varchar', length: 1000 },
    kind: { type: 'varchar', length: 16 },
    level: { type: 'int' },
    listOrder: { name: 'list_order', type: 'int' },
    lastChangeDateTime: changed,
  },
  indices: [{ name: 'idx_competency_item_framework', columns: ['frameworkId'] }],
});

export const AssociationEntity = new EntitySchema<AssociationRow>({
  name: 'CompetencyAssociation',
  tableName: 'competency_association',
  columns: {
    id: { ...uuid('id'), primary: true },
    frameworkId: uuid('framework_id'),
    uri: uri('uri'),
    type: { type: 'varchar', length: 16 },
    originId: uuid('origin_id'),
    originUri: uri('origin_uri'),
    originTitle: { name: 'origin_title', type: 'varchar', length: 500 },
    destinationId: uuid('destination_id'),
    destinationUri: uri('destination_uri'),
    destinationTitle: { name: 'destination_title', type: 'varchar', length: 500 },
    sequence: { type: 'int' },
    lastChangeDateTime: changed,
  },
  indices: [{ name: 'idx_competency_association_framework', columns: ['frameworkId'] }],
});
