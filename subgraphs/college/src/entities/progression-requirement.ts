import { EntitySchema } from 'typeorm';

export const REQUIREMENT_KINDS = ['CORE_COURSES_PASSED', 'MIN_AVERAGE_SCORE', 'REQUIRED_CERTIFICATE', 'MIN_MODULE_CREDITS'] as const;
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

/**
 * One condition of progression (转段) on an agreement. Which of the optional
 * columns is set depends on the kind: course codes for CORE_COURSES_PASSED,
 * minScore for MIN_AVERAGE_SCORE, standardCode for REQUIRED_CERTIFICATE,
 * minCredits for MIN_MODULE_CREDITS.
 */
export interface ProgressionRequirementRow {
  id: number;
  agreementId: string;
  kind: RequirementKind;
  description: string;
  /** Secondary course codes, comma-separated. */
  courseCodes: string | null;
  minScore: number | null;
  standardCode: string | null;
  minCredits: number | null;
  /** The version of the agreement's requirements this row belongs to (requirement-version.ts). */
  version: number;
}

export const courseCodesOf = (row: Pick<ProgressionRequirementRow, 'courseCodes'>): string[] =>
  row.courseCodes ? row.courseCodes.split(',') : [];

export const ProgressionRequirementEntity = new EntitySchema<ProgressionRequirementRow>({
  name: 'ProgressionRequirement',
  tableName: 'progression_requirement',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    agreementId: { name: 'agreement_id', type: 'varchar', length: 32 },
    kind: { type: 'varchar', length: 32 },
    description: { type: 'varchar', length: 500 },
    courseCodes: { name: 'course_codes', type: 'varchar', length: 400, nullable: true },
    minScore: { name: 'min_score', type: 'double', nullable: true },
    standardCode: { name: 'standard_code', type: 'varchar', length: 32, nullable: true },
    minCredits: { name: 'min_credits', type: 'double', nullable: true },
    version: { type: 'int', default: 1 },
  },
  indices: [{ name: 'idx_progression_requirement_agreement', columns: ['agreementId'] }],
});
