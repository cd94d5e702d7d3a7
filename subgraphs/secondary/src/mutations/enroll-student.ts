/**
 * Enrolment: a school admits a learner and the hub issues their learner id.
 * The id is the cohort year plus the cohort's next serial (learner-serials.ts).
 */
import type { EntityManager } from 'typeorm';
import { badInput, conflict } from '@guantong/shared/errors';
import { authorize } from '@guantong/shared/policy';
import { birthDateOf, learnerId, requireDate, requireNationalId, requireText } from '@guantong/shared/validation';
import { isUniqueViolation } from '@guantong/shared/database';
import type { Context } from '../context.ts';
import { writeTransaction } from '@guantong/shared/database';
import { EnrollmentEntity, type EnrollmentRow } from '../entities/enrollment.ts';
import { LearnerEntity, type LearnerRow } from '../entities/learner.ts';
import type { EnrollSecondaryStudentInput } from '../generated/resolvers.ts';
import type { NationalIdCodec } from '../identity/national-id.ts';
import { ensureCohortCounter, passSerial, takeSerial } from './learner-serials.ts';

const FIRST_COHORT = 2000;
const LAST_COHORT = 2100;

export interface Enrolment {
  /** The learner's id is issued, and their national ID sealed to it, inside the transaction. */
  learner: Pick<LearnerRow, 'name' | 'birthDate'>;
  /** Plaintext, held in memory only for sealing; never stored, logged or echoed. */
  nationalId: string;
  schoolId: string;
  programCode: string;
  cohort: number;
  enrolledOn: string;
}

export const alreadyEnrolled = () => conflict('a learner with this national ID is already enrolled on the hub; each learner is enrolled once');

/** The mutation's rules for the input alone; the bulk import applies the same. */
export function validateEnrolment(input: EnrollSecondaryStudentInput): Enrolment {
  const name = requireText(input.name, 'name');
  const nationalId = requireNationalId(input.nationalId);
  const { cohort } = input;
  if (!Number.isInteger(cohort) || cohort < FIRST_COHORT || cohort > LAST_COHORT) {
    throw badInput(`cohort must be the entry year, from ${FIRST_COHORT} to ${LAST_COHORT}, e.g. 2025; got ${cohort}`, { field: 'cohort' });
  }
  const enrolledOn = requireDate(input.enrolledOn, 'enrolledOn');
  if (Number(enrolledOn.slice(0, 4)) < cohort) {
    throw badInput(`enrolledOn must fall in the cohort year ${cohort} or later, got ${enrolledOn}`, { field: 'enrolledOn' });
  }
  return {
    learner: { name, birthDate: birthDateOf(nationalId) },
    nationalId,
    schoolId: input.schoolId,
    programCode: input.programCode,
    cohort,
    enrolledOn,
  };
}

export async function requireProgramAtSchool(ctx: Context, schoolId: string, programCode: string): Promise<void> {
  if (!(await ctx.loaders.schoolById.load(schoolId))) {
    throw badInput(`schoolId "${schoolId}" is not a secondary school on the hub`, { field: 'schoolId' });
  }
  const program = await ctx.loaders.programByCode.load(programCode);
  if (program?.schoolId !== schoolId) {
    throw badInput(`programCode "${programCode}" is not a programme of school "${schoolId}": use one of the school's own programme codes`, { field: 'programCode' });
  }
}

/**
 * A second enrolment of one person is found through the blind index; its unique key settles a race.
 * `givenId` keeps a learner id the hub issued before (a bulk import of an export); the cohort's counter moves past it.
 */
export async function insertEnrolment(em: EntityManager, codec: NationalIdCodec, enrolment: Enrolment, givenId?: string): Promise<EnrollmentRow> {
  if (await em.existsBy(LearnerEntity, { nationalIdIndex: codec.index(enrolment.nationalId) })) throw alreadyEnrolled();
  const id = givenId ?? learnerId(enrolment.cohort, await takeSerial(em, enrolment.cohort));
  if (givenId) await passSerial(em, enrolment.cohort, Number(givenId.slice(6, 11)));
  await em.insert(LearnerEntity, { id, ...enrolment.learner, ...codec.seal(enrolment.nationalId, id) });
  const row: EnrollmentRow = {
    studentId: id,
    schoolId: enrolment.schoolId,
    programCode: enrolment.programCode,
    cohort: enrolment.cohort,
    enrolledOn: enrolment.enrolledOn,
    completedOn: null,
  };
  await em.insert(EnrollmentEntity, row);
  return row;
}

/**
 * Enrols a learner; the whole write is one transaction. Unique violations are
 * always turned into CONFLICT here: MySQL's message for one quotes the
 * duplicate value (a blind index or a learner id), which has no place in a log.
 */
export async function enrollSecondaryStudent(ctx: Context, input: EnrollSecondaryStudentInput): Promise<EnrollmentRow> {
  authorize(ctx.actor, { action: 'org:write', organizationId: input.schoolId, staffRole: 'SECONDARY_STAFF' });
  const enrolment = validateEnrolment(input);
  await requireProgramAtSchool(ctx, enrolment.schoolId, enrolment.programCode);
  const codec = ctx.loaders.nationalIds;
  await ensureCohortCounter(ctx.db, enrolment.cohort);
  try {
    const row = await writeTransaction(ctx.db, (em) => insertEnrolment(em, codec, enrolment));
    ctx.loaders.enrollmentByStudent.clear(row.studentId).prime(row.studentId, row);
    return row;
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // The same person enrolled by two requests at once: the blind index's unique key decided.
    if (await ctx.db.getRepository(LearnerEntity).existsBy({ nationalIdIndex: codec.index(enrolment.nationalId) })) throw alreadyEnrolled();
    throw conflict('another enrolment was being written at the same time; please retry');
  }
}
