/**
 * registerPathway: puts a learner on an agreement's pathway at the SECONDARY stage.
 */
import type { EntityManager } from 'typeorm';
import { authorize } from '@guantong/shared/policy';
import { badInput, conflict } from '@guantong/shared/errors';
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { requireDate, requireLearnerId } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import type { AgreementRow } from '../entities/agreement.ts';
import { confirmedBirthDate } from '../peers/enrolment.ts';
import { PathwayEntity, type PathwayRow } from '../entities/pathway.ts';
import type { RegisterPathwayInput } from '../generated/resolvers.ts';
import { requireCohort } from '../inputs/validation.ts';

export type ValidInput = Omit<RegisterPathwayInput, 'birthDate'> & { birthDate: string | null };

/**
 * The learner id's MOD 11-2 check character catches a mistyped id before any
 * institution is asked, and the cohort digits inside the id must agree with the
 * cohort given. Whether a school enrolled the learner is the school's to say.
 */
function validate(input: RegisterPathwayInput): ValidInput {
  const studentId = requireLearnerId(input.studentId);
  const cohort = requireCohort(input.cohort);
  const idCohort = studentId.slice(2, 6);
  if (cohort !== idCohort) {
    throw badInput(`cohort ${cohort} does not match learner ${studentId}, whose id says cohort ${idCohort}`, { field: 'cohort' });
  }
  const registeredOn = requireDate(input.registeredOn, 'registeredOn');
  const birthDate = input.birthDate == null ? null : requireDate(input.birthDate, 'birthDate');
  return { ...input, studentId, cohort, registeredOn, birthDate };
}

/** The birth date is the national ID's: a typed one may only agree with it. */
function requireBirthDate(input: ValidInput, fromNationalId: string): string {
  if (input.birthDate !== null && input.birthDate !== fromNationalId) {
    throw badInput(
      `birthDate ${input.birthDate} differs from the birth date in learner ${input.studentId}'s national ID, held by the enrolling school; leave birthDate out, it is read from the ID`,
      { field: 'birthDate' },
    );
  }
  // ISO dates compare correctly as text.
  if (fromNationalId >= input.registeredOn) {
    throw badInput(`registeredOn ${input.registeredOn} must be after the learner's birth date`, { field: 'registeredOn' });
  }
  return fromNationalId;
}

function requireWithinAgreement(agreement: AgreementRow, registeredOn: string): void {
  const { effectiveFrom, effectiveTo } = agreement;
  // ISO dates compare correctly as text.
  if (registeredOn < effectiveFrom || (effectiveTo !== null && registeredOn > effectiveTo)) {
    const range = effectiveTo === null ? `on or after ${effectiveFrom}` : `from ${effectiveFrom} to ${effectiveTo}`;
    throw badInput(`registeredOn ${registeredOn} is outside agreement ${agreement.id}, which registers cohorts ${range}`, { field: 'registeredOn' });
  }
}

/** A registration that passed every check that needs no one else's word, with its agreement. */
export interface CheckedRegistration {
  input: ValidInput;
  agreement: AgreementRow;
}

export const alreadyRegistered = (studentId: string) => conflict(`learner ${studentId} is already on the pathway registry`);

/**
 * Validates, finds the agreement and authorises against its college (for an
 * import, the college must also be the importing organisation), and checks
 * the date against the agreement; the school's word comes after.
 */
export async function checkRegistration(ctx: Context, raw: RegisterPathwayInput, organizationId?: string): Promise<CheckedRegistration> {
  const input = validate(raw);
  const agreement = await ctx.loaders.agreementById.load(input.agreementId);
  if (!agreement) {
    throw badInput(`agreementId "${input.agreementId}" is not an articulation agreement on this hub; see articulationAgreements`, { field: 'agreementId' });
  }
  if (organizationId !== undefined && agreement.collegeId !== organizationId) {
    throw badInput(`agreement ${agreement.id} belongs to ${agreement.collegeId}; ${organizationId} imports registrations on its own agreements only`, { field: 'agreementId' });
  }
  authorize(ctx.actor, { action: 'org:write', organizationId: agreement.collegeId, staffRole: 'COLLEGE_STAFF' });
  requireWithinAgreement(agreement, input.registeredOn);
  return { input, agreement };
}

/** The row to register, once the school's birth date agrees with the input. */
export function registrationRow({ input, agreement }: CheckedRegistration, fromNationalId: string): PathwayRow {
  const birthDate = requireBirthDate(input, fromNationalId);
  return { studentId: input.studentId, agreementId: agreement.id, cohort: input.cohort, stage: 'SECONDARY', registeredOn: input.registeredOn, birthDate };
}

/** Inside the write's transaction: one registration per learner. */
export async function insertPathway(em: EntityManager, row: PathwayRow): Promise<void> {
  if (await em.existsBy(PathwayEntity, { studentId: row.studentId })) throw alreadyRegistered(row.studentId);
  await em.insert(PathwayEntity, row);
}

/** Validates, authorises and writes in one transaction; a refusal writes nothing. */
export async function registerPathway(ctx: Context, raw: RegisterPathwayInput): Promise<PathwayRow> {
  const checked = await checkRegistration(ctx, raw);
  // Asked before the transaction: the school answers through the gateway, which may call this subgraph back.
  const row = registrationRow(checked, await confirmedBirthDate(ctx.peers, checked.input.studentId, checked.agreement.secondaryProgramCode));
  try {
    await writeTransaction(ctx.db, (em) => insertPathway(em, row));
    return row;
  } catch (err) {
    // Two registrations racing past the pre-check: the primary key decides.
    if (isUniqueViolation(err)) throw alreadyRegistered(row.studentId);
    throw err;
  }
}
