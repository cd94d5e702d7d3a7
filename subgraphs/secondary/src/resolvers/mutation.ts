import { completeSecondaryStage } from '../mutations/complete-stage.ts';
import { enrollSecondaryStudent } from '../mutations/enroll-student.ts';
import { recordSecondaryResult } from '../mutations/record-result.ts';
import { recordModuleAssessment } from '../mutations/record-module-assessment.ts';
import { recordPreliminaryExam } from '../mutations/record-preliminary-exam.ts';
import { registerForCertificationExam } from '../mutations/register-for-exam.ts';
import { progressOf } from '../marketplace/progress.ts';
import { today } from '../training/inputs.ts';
import type { MutationResolvers } from '../generated/resolvers.ts';
import { curriculumMutations } from './curriculum.ts';
import { enrolInModule } from '../marketplace/enrol.ts';

export const Mutation: MutationResolvers = {
  enrollSecondaryStudent: (_parent, { input }, ctx) => enrollSecondaryStudent(ctx, input),
  recordSecondaryResult: (_parent, { input }, ctx) => recordSecondaryResult(ctx, input),
  recordModuleAssessment: (_parent, { input }, ctx) => recordModuleAssessment(ctx, input),
  recordPreliminaryExam: (_parent, { input }, ctx) => recordPreliminaryExam(ctx, input),
  registerForCertificationExam: (_parent, { input }, ctx) => registerForCertificationExam(ctx, input),
  completeSecondaryStage: (_parent, { studentId }, ctx) => completeSecondaryStage(ctx, studentId),
  ...curriculumMutations,
  enrolInModule: async (_parent, { input }, ctx) => {
    const row = await enrolInModule(ctx, input);
    return progressOf(row, await ctx.loaders.assessmentsByStudent.load(row.studentId), today());
  },
};
