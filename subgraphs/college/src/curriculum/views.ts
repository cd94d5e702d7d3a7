/**
 * What the report resolvers hand to their GraphQL types: the computed figures
 * with the context a nested field needs (the agreement and the day).
 */
import type { Alignment } from '../careers/alignment.ts';
import type { DualQualifiedYear } from '@guantong/shared/teachers/dual-qualified';
import type { GroupOutcome } from '../outcomes/cohorts.ts';
import type { Stage } from './chain.ts';
import type { Overlap } from './overlap.ts';
import type { Suggestion } from './suggestions.ts';

export type SuggestionView = Suggestion & { agreementId: string; on: string };
export interface OverlapView { overlap: Overlap; suggestions: SuggestionView[] }
export type OutcomeView = GroupOutcome & { overlapView: OverlapView; dualQualifiedYear: DualQualifiedYear | null };
export interface OutcomesView { reformDate: string; subsidized: boolean | null; before: OutcomeView; after: OutcomeView }
export interface ReviewedCourseView {
  stage: Stage; courseCode: string; title: string; mappedHours: number; competencies: number; standardCodes: string[]; duplicatedHours: number; jobRelevance: number | null;
}
export interface ReviewView { term: string; on: string; courses: ReviewedCourseView[]; overlapView: OverlapView; alignment: Alignment }
