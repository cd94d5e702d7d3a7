/**
 * registerPathway: puts a learner on an agreement's pathway at the SECONDARY stage.
 */
import { authorize } from '@guantong/shared/policy';
import { badInput, conflict } from '@guantong/shared/errors';
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { requireDate, requireLearnerId } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { AgreementEntity, type AgreementRow } from '../entities/agreement.ts';
import { PathwayEntity, type PathwayRow } from '../entities/pathway.ts';
import type { RegisterPathwayInput } from '../generated/resolvers.ts';
import { requireCohort } from '../validation.ts';

/**
 * The college cannot see the secondary subgraph's register of learners, so it
 * cannot ask whether the learner exists. The learner id's MOD 11-2 check
 * character (requireLearnerId) is what catches a mistyped id here, and the
 * cohort digits inside the id must agree with the cohort given.
 */
function validate(input: RegisterPathwayInput): RegisterPathwayInput {
  const studentId = requireLearnerId(input.studentId);
  const cohort = requireCohort(input.cohort);
  const idCohort = studentId.slice(2, 6);
  if (cohort !== idCohort) {
    throw badInput(`cohort ${cohort} does not match learner ${studentId}, whose id says cohort ${idCohort}`, { field: 'cohort' });
  }
  const registeredOn = requireDate(input.registeredOn, 'registeredOn');
  const birthDate = requireDate(input.birthDate, 'birthDate');
  // ISO dates compare correctly as text.
  if (birthDate >= registeredOn) {
    throw badInput(`birthDate ${birthDate} must be before registeredOn ${registeredOn}`, { field: 'birthDate' });
  }
  return { ...input, studentId, cohort, registeredOn, birthDate };
}

function requireWithinAgreement(agreement: AgreementRow, registeredOn: string): void {
  const { effectiveFrom, effectiveTo } = agreement;
  // ISO dates compare correctly as text.
  if (registeredOn < effectiveFrom || (effectiveTo !== null && registeredOn > effectiveTo)) {
    const range = effectiveTo === null ? `on or after ${effectiveFrom}` : `from ${effectiveFrom} to ${effectiveTo}`;
    throw badInput(`registeredOn ${registeredOn} is outside agreement ${agreement.id}, which registers cohorts ${range}`, { field: 'registeredOn' });
  }
}

/** Validates, authorises and writes in one transaction; a refusal writes nothing. */
export async function registerPathway(ctx: Context, raw: RegisterPathwayInput): Promise<PathwayRow> {
  const input = validate(raw);
  try {
    return await writeTransaction(ctx.db, async (em) => {
      const agreement = await em.findOneBy(AgreementEntity, { id: input.agreementId });
      if (!agreement) {
        throw badInput(`agreementId "${input.agreementId}" is not an articulation agreement on this hub; see articulationAgreements`, { field: 'agreementId' });
      }
      authorize(ctx.actor, { action: 'org:write', organizationId: agreement.collegeId, staffRole: 'COLLEGE_STAFF' });
      requireWithinAgreement(agreement, input.registeredOn);
      if (await em.existsBy(PathwayEntity, { studentId: input.studentId })) {
        throw conflict(`learner ${input.studentId} is already on the pathway registry`);
      }
      const row: PathwayRow = {
        studentId: input.studentId,
        agreementId: agreement.id,
        cohort: input.cohort,
        stage: 'SECONDARY',
        registeredOn: input.registeredOn,
        birthDate: input.birthDate,
      };
      await em.insert(PathwayEntity, row);
      return row;
    });
  } catch (err) {
    // Two registrations racing past the pre-check: the primary key decides.
    if (isUniqueViolation(err)) throw conflict(`learner ${input.studentId} is already on the pathway registry`);
    throw err;
  }
}
