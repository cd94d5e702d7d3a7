/**
 * Tier 2 of the three-tier evaluation: a preliminary exam sitting. A learner
 * may sit again on another day; the best score decides the gate.
 */
import { conflict } from '@guantong/shared/errors';
import { requireDate, requireLearnerId, requireScore } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { PreliminaryExamEntity, type PreliminaryExamRow } from '../entities/preliminary-exam.ts';
import type { RecordPreliminaryExamInput } from '../generated/resolvers.ts';
import { requireDuringStage, requireStandardCode } from '../training/inputs.ts';
import { requireKnownStandard } from '../training/standards.ts';
import { insertOnce } from './insert-once.ts';
import { requireOwnLearner } from './own-learner.ts';

/** Records one sitting in one transaction; one sitting per learner, standard and day. */
export async function recordPreliminaryExam(ctx: Context, input: RecordPreliminaryExamInput): Promise<PreliminaryExamRow> {
  const studentId = requireLearnerId(input.studentId);
  const standardCode = requireStandardCode(input.standardCode);
  const score = requireScore(input.score);
  const takenOn = requireDate(input.takenOn, 'takenOn');
  await requireKnownStandard(ctx.loaders, standardCode);
  requireDuringStage(takenOn, await requireOwnLearner(ctx, studentId), 'takenOn');
  const row = await insertOnce(
    ctx.db,
    PreliminaryExamEntity,
    { studentId, standardCode, score, takenOn },
    { studentId, standardCode, takenOn },
    () => conflict(`a ${standardCode} preliminary exam of this learner on ${takenOn} is already recorded; results are not overwritten, so record a resit with its own date`),
  );
  ctx.loaders.preliminaryExamsByStudent.clear(studentId);
  return row;
}
