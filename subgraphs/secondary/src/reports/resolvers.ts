/**
 * Learning reports: part RESULTS of the learner's record, read under the same
 * rules as moduleAssessments. A report's fields are its stored content, never
 * recomputed.
 */
import { pageInOrder } from '@guantong/shared/paging';
import type { LearningReportResolvers, ReportCompetencyResolvers, ReportGapResolvers, ReportSuggestionResolvers, StudentResolvers } from '../generated/resolvers.ts';
import { requireRow } from '../resolvers/require-row.ts';
import { readable } from '../resolvers/student-access.ts';
import { bodyOf } from './content.ts';

export const LearningReport: LearningReportResolvers = {
  /** By id, the learner's enrolling school (and administrators) decide; a refusal is an error, as for any named read. */
  async __resolveReference(ref, ctx) {
    const row = await ctx.loaders.reportById.load(Number(ref.id));
    if (!row) return null;
    return (await readable({ id: row.studentId }, ctx, 'RESULTS', 'LearningReport')) ? row : null;
  },
  id: (row) => String(row.id),
  module: async (row, _args, ctx) => requireRow(await ctx.loaders.moduleByCode.load(row.moduleCode), 'module', row.moduleCode),
  assessment: async (row, _args, ctx) => requireRow(await ctx.loaders.assessmentById.load(row.assessmentId), 'module assessment', String(row.assessmentId)),
  score: (row) => bodyOf(row).score,
  passed: (row) => bodyOf(row).passed,
  cohort: (row) => bodyOf(row).cohort,
  competenciesGained: (row) => bodyOf(row).competenciesGained,
  jobPosition: (row) => {
    const job = bodyOf(row).jobPosition;
    return job && { id: job.id };
  },
  remainingGaps: (row) => bodyOf(row).remainingGaps,
  suggestions: (row) => bodyOf(row).suggestions,
  examGate: (row) => bodyOf(row).examGate,
};

export const ReportCompetency: ReportCompetencyResolvers = { item: (row) => ({ id: row.itemId }) };
export const ReportGap: ReportGapResolvers = { item: (row) => ({ id: row.itemId }) };
export const ReportSuggestion: ReportSuggestionResolvers = {
  module: async (row, _args, ctx) => requireRow(await ctx.loaders.moduleByCode.load(row.moduleCode), 'module', row.moduleCode),
};

export const reportFields: Pick<StudentResolvers, 'learningReports' | 'latestLearningReport'> = {
  async learningReports(student, args, ctx) {
    if (!(await readable(student, ctx, 'RESULTS', 'learningReports'))) return null;
    return pageInOrder(await ctx.loaders.reportsByStudent.load(student.id), args, 10);
  },
  async latestLearningReport(student, _args, ctx) {
    if (!(await readable(student, ctx, 'RESULTS', 'latestLearningReport'))) return null;
    return (await ctx.loaders.reportsByStudent.load(student.id))[0] ?? null;
  },
};
