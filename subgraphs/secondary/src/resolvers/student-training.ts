/**
 * A learner's certificate training: module assessments, the credits they earn,
 * and whether the learner may register for a formal exam. All part RESULTS,
 * and null (without an error) for a learner not enrolled here.
 */
import { pageInOrder } from '@guantong/shared/paging';
import type { StudentResolvers } from '../generated/resolvers.ts';
import { requireStandardCode, today } from '../training/inputs.ts';
import { examEligibility, heldOn, moduleCredits } from '../training/rules.ts';
import { standardHere } from '../training/standards.ts';
import { readable } from './student-access.ts';

type TrainingFields = Pick<StudentResolvers, 'moduleAssessments' | 'moduleCredits' | 'examEligibility'>;

export const trainingFields: TrainingFields = {
  async moduleAssessments(student, args, ctx) {
    if (!(await readable(student, ctx, 'RESULTS', 'moduleAssessments'))) return null;
    return pageInOrder(await ctx.loaders.assessmentsByStudent.load(student.id), args);
  },
  async moduleCredits(student, _args, ctx) {
    if (!(await readable(student, ctx, 'RESULTS', 'moduleCredits'))) return null;
    const assessments = heldOn(await ctx.loaders.assessmentsByStudent.load(student.id), today());
    const modules = await ctx.loaders.moduleByCode.loadMany([...new Set(assessments.map((a) => a.moduleCode))]);
    return moduleCredits(assessments, modules.map((m) => (m instanceof Error ? null : m)));
  },
  async examEligibility(student, args, ctx) {
    const standardCode = requireStandardCode(args.standardCode);
    if (!(await readable(student, ctx, 'RESULTS', 'examEligibility'))) return null;
    const { loaders } = ctx;
    const [standard, exams, registrations, assessments] = await Promise.all([
      standardHere(loaders, standardCode),
      loaders.preliminaryExamsByStudent.load(student.id),
      loaders.registrationsByStudent.load(student.id),
      loaders.assessmentsByStudent.load(student.id),
    ]);
    const day = today();
    return examEligibility({ ...standard, standardCode, exams: heldOn(exams, day), registrations: heldOn(registrations, day), assessments: heldOn(assessments, day) });
  },
};
