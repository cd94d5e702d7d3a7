/** The GraphQL types of the curriculum reports: figures computed per request, never stored. */
import { pageOf } from '@guantong/shared/paging';
import { exemptCodesOf } from '../entities/credit-rule.ts';
import type {
  CohortOutcomeResolvers, DuplicatedContentResolvers, MappingTableRowResolvers, OverlapReportResolvers, OverlapSuggestionResolvers,
  ReviewedCourseResolvers, SemesterReviewResolvers, StageSplitResolvers,
} from '../generated/resolvers.ts';
import { present } from './integrity.ts';

export const MappingTableRow: MappingTableRowResolvers = {
  competency: async (row, _args, ctx) => present(await ctx.loaders.itemById.load(row.itemId), `competency item ${row.itemId}`),
  certificate: (row) => (row.standardCode === null ? null : { code: row.standardCode }),
};

export const StageSplit: StageSplitResolvers = {
  standard: (split) => ({ code: split.standardCode }),
};

export const OverlapReport: OverlapReportResolvers = {
  on: (view) => view.overlap.on,
  higherHours: (view) => view.overlap.higherHours,
  duplicatedHours: (view) => view.overlap.duplicatedHours,
  rate: (view) => view.overlap.rate,
  duplicates: (view, args) => pageOf(view.overlap.duplicates, (d) => `${d.collegeCourseCode}|${d.itemId}`, args, 50),
  suggestions: (view, args) => pageOf(view.suggestions, (s) => `${s.collegeCourseCode}|${s.secondaryCourseCode}`, args, 50),
};

export const DuplicatedContent: DuplicatedContentResolvers = {
  competency: async (d, _args, ctx) => present(await ctx.loaders.itemById.load(d.itemId), `competency item ${d.itemId}`),
};

export const OverlapSuggestion: OverlapSuggestionResolvers = {
  async competencies(s, _args, ctx) {
    const items = await ctx.loaders.itemById.loadMany(s.itemIds);
    return items.map((item, i) => present(item instanceof Error ? null : item, `competency item ${s.itemIds[i]}`));
  },
  /** A rule of the agreement, in force that day, that already exempts the college course on the secondary course's result. */
  async existingRule(s, _args, ctx) {
    const rules = await ctx.loaders.creditRulesByAgreement.load(s.agreementId);
    return rules.find((r) => r.kind === 'COURSE_RESULT' && r.secondaryCourseCode === s.secondaryCourseCode && exemptCodesOf(r).includes(s.collegeCourseCode)
      && r.effectiveFrom <= s.on && (r.effectiveTo === null || s.on <= r.effectiveTo)) ?? null;
  },
};

export const CohortOutcome: CohortOutcomeResolvers = {
  overlap: (outcome) => outcome.overlapView,
  dualQualified: (outcome) => outcome.dualQualifiedYear,
};

export const SemesterReview: SemesterReviewResolvers = {
  courses: (review, args) => pageOf(review.courses, (c) => `${c.stage === 'SECONDARY' ? 0 : 1}|${c.courseCode}`, args, 50),
  overlap: (review) => review.overlapView,
};

export const ReviewedCourse: ReviewedCourseResolvers = {
  certificates: (course) => course.standardCodes.map((code) => ({ code })),
};
