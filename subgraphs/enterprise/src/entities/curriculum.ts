import { EntitySchema } from 'typeorm';

/** A part of a certificate standard's content, with its weight in the standard. */
export interface ContentUnitRow {
  standardCode: string;
  code: string;
  title: string;
  weight: number;
  sequence: number;
}

/** A competency item (of the college's frameworks) a content unit assesses. */
export interface ContentUnitItemRow {
  standardCode: string;
  unitCode: string;
  itemId: string;
}

/** A job position an enterprise hires for, linked to ISCO-08 / ESCO where known. */
export interface JobPositionRow {
  id: string;
  employerId: string;
  title: string;
  description: string;
  iscoCode: string | null;
  escoUri: string | null;
  recordedAt: string;
}

export type JobRequirementKind = 'COMPETENCY' | 'CERTIFICATE';

/** A required (ESCO essential) or optional competency item or certificate standard of a job position. */
export interface JobRequirementRow {
  id: number;
  positionId: string;
  kind: JobRequirementKind;
  essential: boolean;
  itemId: string | null;
  standardCode: string | null;
}

const key = (name: string, length: number) => ({ name, type: 'varchar', length }) as const;

export const ContentUnitEntity = new EntitySchema<ContentUnitRow>({
  name: 'ContentUnit',
  tableName: 'content_unit',
  columns: {
    standardCode: { ...key('standard_code', 32), primary: true },
    code: { ...key('code', 32), primary: true },
    title: { type: 'varchar', length: 200 },
    weight: { type: 'double' },
    sequence: { type: 'int' },
  },
});

export const ContentUnitItemEntity = new EntitySchema<ContentUnitItemRow>({
  name: 'ContentUnitItem',
  tableName: 'content_unit_item',
  columns: {
    standardCode: { ...key('standard_code', 32), primary: true },
    unitCode: { ...key('unit_code', 32), primary: true },
    itemId: { ...key('item_id', 36), primary: true },
  },
});

export const JobPositionEntity = new EntitySchema<JobPositionRow>({
  name: 'JobPosition',
  tableName: 'job_position',
  columns: {
    id: { ...key('id', 64), primary: true },
    employerId: key('employer_id', 64),
    title: { type: 'varchar', length: 200 },
    description: { type: 'varchar', length: 500 },
    iscoCode: { name: 'isco_code', type: 'varchar', length: 4, nullable: true },
    escoUri: { name: 'esco_uri', type: 'varchar', length: 300, nullable: true },
    recordedAt: key('recorded_at', 30),
  },
  indices: [{ name: 'idx_job_position_employer', columns: ['employerId'] }],
});

export const JobRequirementEntity = new EntitySchema<JobRequirementRow>({
  name: 'JobRequirement',
  tableName: 'job_requirement',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    positionId: key('position_id', 64),
    kind: key('kind', 16),
    essential: { type: 'boolean' },
    itemId: { name: 'item_id', type: 'varchar', length: 36, nullable: true },
    standardCode: { name: 'standard_code', type: 'varchar', length: 32, nullable: true },
  },
  indices: [{ name: 'idx_job_requirement_position', columns: ['positionId'] }],
});

export const curriculumEntities = [ContentUnitEntity, ContentUnitItemEntity, JobPositionEntity, JobRequirementEntity];
