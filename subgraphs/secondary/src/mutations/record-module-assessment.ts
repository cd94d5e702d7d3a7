/**
 * Tier 1 of the three-tier evaluation: a module assessment. A retake is a new
 * assessment on another day; recorded assessments are never overwritten.
 */
import { badInput, conflict } from '@guantong/shared/errors';
import { requireDate, requireLearnerId, requireScore } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { ModuleAssessmentEntity, type ModuleAssessmentRow } from '../entities/module-assessment.ts';
import type { RecordModuleAssessmentInput } from '../generated/resolvers.ts';
import { requireDuringStage, requireModuleCode } from '../training/inputs.ts';
import { insertOnce } from './insert-once.ts';
import { requireOwnLearner } from './own-learner.ts';

/**
 * Records one assessment in one transaction. The module catalogue is public,
 * so an unknown module is reported before the caller is authorised; the
 * learner's enrolment dates only after.
 */
export async function recordModuleAssessment(ctx: Context, input: RecordModuleAssessmentInput): Promise<ModuleAssessmentRow> {
  const studentId = requireLearnerId(input.studentId);
  const moduleCode = requireModuleCode(input.moduleCode);
  const score = requireScore(input.score);
  const assessedOn = requireDate(input.assessedOn, 'assessedOn');
  if (!(await ctx.loaders.moduleByCode.load(moduleCode))) {
    throw badInput(`moduleCode "${moduleCode}" is not a certificate training module on the hub: use a code listed by certificateModules, e.g. X-OSOP-1-M1`, { field: 'moduleCode' });
  }
  requireDuringStage(assessedOn, await requireOwnLearner(ctx, studentId), 'assessedOn');
  const row = await insertOnce(
    ctx.db,
    ModuleAssessmentEntity,
    { studentId, moduleCode, score, assessedOn },
    { studentId, moduleCode, assessedOn },
    () => conflict(`an assessment of this learner in ${moduleCode} on ${assessedOn} is already recorded; assessments are not overwritten, so record a retake with its own date`),
  );
  ctx.loaders.assessmentsByStudent.clear(studentId);
  return row;
}
