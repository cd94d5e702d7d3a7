/**
 * progressStudent: moves a learner from the SECONDARY to the HIGHER stage (转段)
 * when every progression requirement of their agreement is met, and enrols them
 * in the agreement's college programme. The evidence is fetched live from the
 * owning subgraphs and judged by the same pure module as `Student.progression`.
 */
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { badInput, conflict } from '@guantong/shared/errors';
import { authorize, studentScope } from '@guantong/shared/policy';
import { requireDate, requireLearnerId } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import type { AgreementRow } from '../entities/agreement.ts';
import { HigherEnrollmentEntity } from '../entities/higher-enrollment.ts';
import { PathwayEntity, type PathwayRow } from '../entities/pathway.ts';
import { requireEvidence } from '../evidence/evidence.ts';
import { remoteEvidence } from '../evidence/remote.ts';
import { present } from '../integrity.ts';
import { assessProgression, progressionNeeds, type RequirementCheckResult } from '../progression/evaluate.ts';
import type { RegistryEntry } from '../registry.ts';
import { todayInChina } from '../time.ts';

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
async function enrol(ctx: Context, pathway: PathwayRow, agreement: AgreementRow, enrolledOn: string): Promise<PathwayRow> {
  const lost = () => conflict(`learner ${pathway.studentId} was progressed or changed by another request at the same time; read their pathway again`);
  try {
    return await writeTransaction(ctx.db, async (em) => {
      const { affected } = await em.update(PathwayEntity, { studentId: pathway.studentId, stage: 'SECONDARY' }, { stage: 'HIGHER' });
      if (!affected) throw lost();
      await em.insert(HigherEnrollmentEntity, {
        studentId: pathway.studentId, collegeId: agreement.collegeId, programCode: agreement.collegeProgramCode, enrolledOn, completedOn: null,
      });
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
  const requirements = await ctx.loaders.requirementsByAgreement.load(agreement.id);
  const needs = progressionNeeds(requirements);
  const evidence = await remoteEvidence(ctx.peers, studentId, needs);
  requireEvidence(evidence, needs, 'progression');
  // Evidence counts only once it exists: a later effective date does not bring tomorrow's evidence forward.
  const today = todayInChina();
  const assessment = assessProgression(agreement.id, requirements, evidence, effectiveOn < today ? effectiveOn : today);
  if (!assessment.eligible) throw notEligible(studentId, agreement.id, assessment.unmet);
  return enrol(ctx, entry.pathway, agreement, effectiveOn);
}
