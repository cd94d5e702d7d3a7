/**
 * The pathway registry as read for one batch of learners: each learner's
 * pathway together with the organisations its agreement entitles. One joined
 * statement serves both the field and the policy check, so authorising a
 * learner costs the same single loader round whether or not they are on the
 * registry, and batches stay aligned across a page of mixed learners.
 */
import { In, type DataSource } from 'typeorm';
import { AgreementEntity } from '../entities/agreement.ts';
import { PathwayEntity, type PathwayRow, type Stage } from '../entities/pathway.ts';

export interface RegistryEntry {
  pathway: PathwayRow;
  /** The agreement's secondary school and college, in that order. */
  organizationIds: [string, string];
}

interface RawEntry {
  studentId: string;
  agreementId: string;
  cohort: string;
  stage: Stage;
  registeredOn: string;
  birthDate: string | null;
  secondarySchoolId: string;
  collegeId: string;
}

export async function fetchRegistryEntries(db: DataSource, studentIds: readonly string[]): Promise<RegistryEntry[]> {
  const rows = await db
    .getRepository(PathwayEntity)
    .createQueryBuilder('p')
    // By entity name: TypeORM's join overloads do not accept an EntitySchema.
    .innerJoin(AgreementEntity.options.name, 'a', 'a.id = p.agreementId')
    .select('p.studentId', 'studentId')
    .addSelect('p.agreementId', 'agreementId')
    .addSelect('p.cohort', 'cohort')
    .addSelect('p.stage', 'stage')
    .addSelect('p.registeredOn', 'registeredOn')
    .addSelect('p.birthDate', 'birthDate')
    .addSelect('a.secondarySchoolId', 'secondarySchoolId')
    .addSelect('a.collegeId', 'collegeId')
    .where({ studentId: In([...studentIds]) })
    .getRawMany<RawEntry>();
  return rows.map(({ secondarySchoolId, collegeId, ...pathway }) => ({ pathway, organizationIds: [secondarySchoolId, collegeId] }));
}
