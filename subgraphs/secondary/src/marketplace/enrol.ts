/**
 * Enrolment in a module of the marketplace: one per learner and module,
 * written with its audit entry in one transaction.
 */
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { badInput, conflict } from '@guantong/shared/errors';
import { requireDate, requireLearnerId } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { ModuleEnrolmentEntity, type ModuleEnrolmentRow } from '../entities/module-catalogue.ts';
import type { EnrolInModuleInput } from '../generated/resolvers.ts';
import { authorizeOwnLearner } from '../mutations/own-learner.ts';
import { requireDuringStage, requireModuleCode } from '../training/inputs.ts';

/** Inputs are checked before the caller is authorised only where the answer is public (the catalogue). */
export async function enrolInModule(ctx: Context, input: EnrolInModuleInput): Promise<ModuleEnrolmentRow> {
  const studentId = requireLearnerId(input.studentId);
  const moduleCode = requireModuleCode(input.moduleCode);
  const enrolledOn = requireDate(input.enrolledOn, 'enrolledOn');
  const startsOn = requireDate(input.startsOn, 'startsOn');
  if (startsOn < enrolledOn) throw badInput(`startsOn ${startsOn} is before enrolledOn ${enrolledOn}; a module starts on or after the day of enrolment`, { field: 'startsOn' });
  if (!(await ctx.loaders.moduleByCode.load(moduleCode))) {
    throw badInput(`moduleCode "${moduleCode}" is not a module on the hub: use a code listed by certificateModules, e.g. X-NE-2-M1`, { field: 'moduleCode' });
  }
  const { enrollment, decision } = await authorizeOwnLearner(ctx, studentId);
  requireDuringStage(enrolledOn, enrollment, 'enrolledOn');
  const row: ModuleEnrolmentRow = { studentId, moduleCode, enrolledOn, startsOn };
  const duplicate = () => conflict(`learner ${studentId} is already enrolled in ${moduleCode}; one enrolment per learner and module`);
  try {
    await writeTransaction(ctx.db, async (em) => {
      if (await em.existsBy(ModuleEnrolmentEntity, { studentId, moduleCode })) throw duplicate();
      await em.insert(ModuleEnrolmentEntity, row);
      ctx.access.audit.record(studentId, 'RESULTS:enrolInModule', decision);
      await ctx.access.audit.flush();
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate();
    throw err;
  }
  ctx.loaders.moduleEnrolmentsByStudent.clear(studentId);
  return row;
}
