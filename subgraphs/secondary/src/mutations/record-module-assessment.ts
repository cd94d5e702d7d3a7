/**
 * Tier 1 of the three-tier evaluation: a module assessment. A retake is a new
 * assessment on another day; recorded assessments are never overwritten. Its
 * learning report is generated and stored in the same transaction.
 */
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { badInput, conflict } from '@guantong/shared/errors';
import { requireDate, requireLearnerId, requireScore } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { ModuleAssessmentEntity, type ModuleAssessmentRow } from '../entities/module-assessment.ts';
import type { RecordModuleAssessmentInput } from '../generated/resolvers.ts';
import { askPeerInputs } from '../reports/inputs.ts';
import { insertReport, ownInputs } from '../reports/generate.ts';
import { requireDuringStage, requireModuleCode } from '../training/inputs.ts';
import { authorizeOwnLearner } from './own-learner.ts';

/**
 * Records one assessment and its learning report in one transaction, with the
 * audit entry. The module catalogue is public, so an unknown module is
 * reported before the caller is authorised; the learner's enrolment dates only
 * after. The other institutions' part of the report is asked before the
 * transaction: if they refuse or do not answer, nothing is recorded.
 */
export async function recordModuleAssessment(ctx: Context, input: RecordModuleAssessmentInput): Promise<ModuleAssessmentRow> {
  const studentId = requireLearnerId(input.studentId);
  const moduleCode = requireModuleCode(input.moduleCode);
  const score = requireScore(input.score);
  const assessedOn = requireDate(input.assessedOn, 'assessedOn');
  if (!(await ctx.loaders.moduleByCode.load(moduleCode))) {
    throw badInput(`moduleCode "${moduleCode}" is not a certificate training module on the hub: use a code listed by certificateModules, e.g. X-OSOP-1-M1`, { field: 'moduleCode' });
  }
  const { enrollment, decision } = await authorizeOwnLearner(ctx, studentId);
  requireDuringStage(assessedOn, enrollment, 'assessedOn');
  const duplicate = () => conflict(`an assessment of this learner in ${moduleCode} on ${assessedOn} is already recorded; assessments are not overwritten, so record a retake with its own date`);
  if ((await ctx.loaders.assessmentsByStudent.load(studentId)).some((a) => a.moduleCode === moduleCode && a.assessedOn === assessedOn)) throw duplicate();
  const [peer, own] = await Promise.all([askPeerInputs(ctx.peers, studentId, assessedOn), ownInputs(ctx, studentId, moduleCode, assessedOn)]);
  const row = { studentId, moduleCode, score, assessedOn };
  try {
    const written = await writeTransaction(ctx.db, async (em) => {
      if (await em.existsBy(ModuleAssessmentEntity, { studentId, moduleCode, assessedOn })) throw duplicate();
      const inserted = await em.insert(ModuleAssessmentEntity, row);
      const assessment: ModuleAssessmentRow = { ...row, id: Number(inserted.identifiers[0]?.id) };
      await insertReport(em, assessment, enrollment, peer, own);
      ctx.access.audit.record(studentId, 'RESULTS:recordModuleAssessment', decision);
      await ctx.access.audit.flush();
      return assessment;
    });
    ctx.loaders.assessmentsByStudent.clear(studentId);
    ctx.loaders.reportsByStudent.clear(studentId);
    return written;
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate();
    throw err;
  }
}
