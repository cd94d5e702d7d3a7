/**
 * progressStudent: moves a learner from the SECONDARY to the HIGHER stage (转段)
 * when every progression requirement of their agreement (the version in force
 * on the day) is met, enrols them in the agreement's college programme, and
 * records the decision with the transfers confirmed that day, in one
 * transaction. The evidence is fetched live from the owning subgraphs and
 * judged by the same pure module as `Student.progression`. Once committed,
 * the school is told, and closes the secondary stage itself.
 */
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { badInput, conflict } from '@guantong/shared/errors';
import { authorize, studentScope } from '@guantong/shared/policy';
import { requireDate, requireLearnerId } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import type { AgreementRow } from '../entities/agreement.ts';
import { HigherEnrollmentEntity } from '../entities/higher-enrollment.ts';
import { PathwayEntity, type PathwayRow } from '../entities/pathway.ts';
import { prepareDecision } from '../decisions/prepare.ts';
import { ProgressionDecisionEntity, type ProgressionDecisionRow } from '../entities/progression-decision.ts';
import { present } from '../resolvers/integrity.ts';
import type { RequirementCheckResult } from '../progression/evaluate.ts';
import type { RegistryEntry } from '../students/registry.ts';
import { todayInChina } from '@guantong/shared/clock';

/** Every unmet requirement in the message, and machine-readable in `extensions.unmet`. */
function notEligible(studentId: string, agreementId: string, unmet: RequirementCheckResult[]): Error {
  const listed = unmet.map((c) => `${c.requirement.description} (missing: ${c.missing.join(', ')})`).join('; ');
  return badInput(`learner ${studentId} does not meet ${unmet.length} progression requirement(s) of agreement ${agreementId}: ${listed}`, {
    unmet: unmet.map((c) => ({ requirementId: String(c.requirement.id), kind: c.requirement.kind, missing: c.missing })),
  });
}

/** The registry entry and agreement of a learner the caller may progress. */
async function progressable(ctx: Context, studentId: string, effectiveOn: string): Promise<{ entry: RegistryEntry; agreement: AgreementRow }> {
  const entry = await ctx.loaders.registryByStudent.load(studentId);
  if (!entry) throw badInput(`learner ${studentId} is not on the pathway registry; register them with registerPathway first`, { field: 'studentId' });
  const agreement = present(await ctx.loaders.agreementById.load(entry.pathway.agreementId), `agreement ${entry.pathway.agreementId}`);
  authorize(ctx.actor, { action: 'org:write', organizationId: agreement.collegeId, staffRole: 'COLLEGE_STAFF' });
  const { stage, registeredOn } = entry.pathway;
  if (stage !== 'SECONDARY') throw conflict(`learner ${studentId} is at the ${stage} stage; only a learner at the SECONDARY stage progresses`);
  if (effectiveOn < registeredOn) {
    throw badInput(`effectiveOn ${effectiveOn} is before learner ${studentId} was registered on the pathway (${registeredOn})`, { field: 'effectiveOn' });
  }
  return { entry, agreement };
}

/** The stage moves only if it is still SECONDARY: of two concurrent progressions one wins, the other gets CONFLICT. */
async function enrol(ctx: Context, pathway: PathwayRow, agreement: AgreementRow, decision: Omit<ProgressionDecisionRow, 'id'>): Promise<PathwayRow> {
  const enrolledOn = decision.decidedOn;
  const lost = () => conflict(`learner ${pathway.studentId} was progressed or changed by another request at the same time; read their pathway again`);
  try {
    return await writeTransaction(ctx.db, async (em) => {
      const { affected } = await em.update(PathwayEntity, { studentId: pathway.studentId, stage: 'SECONDARY' }, { stage: 'HIGHER' });
      if (!affected) throw lost();
      await em.insert(HigherEnrollmentEntity, {
        studentId: pathway.studentId, collegeId: agreement.collegeId, programCode: agreement.collegeProgramCode, enrolledOn, completedOn: null,
      });
      await em.insert(ProgressionDecisionEntity, decision);
      // The answer is the registry entry as stored, read back inside the transaction.
      return present(await em.findOneBy(PathwayEntity, { studentId: pathway.studentId }), `pathway of ${pathway.studentId}`);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw lost();
    throw err;
  }
}

export async function progressStudent(ctx: Context, rawStudentId: string, rawEffectiveOn: string | null | undefined): Promise<PathwayRow> {
  // Anonymous callers are asked to sign in before anything is looked up.
  studentScope(ctx.actor);
  const studentId = requireLearnerId(rawStudentId);
  const effectiveOn = rawEffectiveOn == null ? todayInChina() : requireDate(rawEffectiveOn, 'effectiveOn');
  const { entry, agreement } = await progressable(ctx, studentId, effectiveOn);
  const { assessment, decision } = await prepareDecision(ctx, studentId, agreement, effectiveOn);
  if (!assessment.eligible) throw notEligible(studentId, agreement.id, assessment.unmet);
  const pathway = await enrol(ctx, entry.pathway, agreement, decision);
  await reportToSchool(ctx, studentId);
  return pathway;
}

/**
 * The school closes the secondary stage from the college's record, now
 * committed. The progression stands whatever the school answers: if the report
 * does not arrive, staff report it again with completeSecondaryStage.
 */
async function reportToSchool(ctx: Context, studentId: string): Promise<void> {
  await ctx.peers.ask('completeSecondaryStage', { studentId });
}
