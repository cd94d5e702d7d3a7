/**
 * What the committee could do about each block of duplicated content: for a
 * college course and the secondary course that already taught part of it,
 * either exempt learners who passed the secondary course from the college
 * course (when at least half of its mapped hours are duplicated), or drop the
 * duplicated hours from it. A suggestion is data for the committee, never a
 * change: the credit rule it proposes is written only by addCreditRule.
 */
import { compareText } from '@guantong/shared/loaders';
import { inForce, sum, type CourseRef, type Curriculum } from './chain.ts';
import type { Overlap } from './overlap.ts';

/** At least this share of a college course's mapped hours, duplicated by one secondary course, suggests an exemption. */
export const EXEMPTION_SHARE = 0.5;
/** The pass mark: the lowest minScore a course-result rule may take. */
const PASS_MARK = 60;

export type SuggestionAction = 'EXEMPT_COURSE' | 'DROP_CONTENT';

/** A credit rule as addCreditRule would take it. */
export interface ProposedRule {
  kind: 'COURSE_RESULT';
  secondaryCourseCode: string;
  minScore: number;
  exemptCourseCodes: string[];
  credits: number;
}

export interface Suggestion {
  action: SuggestionAction;
  secondaryCourseCode: string;
  collegeCourseCode: string;
  itemIds: string[];
  duplicatedHours: number;
  /** Mapped hours of the college course that day. */
  courseHours: number;
  /** The rule that would express an exemption; null for DROP_CONTENT. */
  proposedRule: ProposedRule | null;
}

export function suggestions(curriculum: Curriculum, found: Overlap): Suggestion[] {
  const higher = inForce(curriculum.higher.competencies, found.on);
  const blocks = new Map<string, { secondary: string; college: string; items: Set<string>; hours: number }>();
  for (const d of found.duplicates) {
    const key = `${d.collegeCourseCode}|${d.secondaryCourseCode}`;
    const block = blocks.get(key) ?? { secondary: d.secondaryCourseCode, college: d.collegeCourseCode, items: new Set<string>(), hours: 0 };
    block.items.add(d.itemId);
    block.hours += d.hours;
    blocks.set(key, block);
  }
  const courses = new Map<string, CourseRef>(curriculum.higher.courses.map((c) => [c.code, c]));
  return [...blocks.values()]
    .sort((a, b) => compareText(a.college, b.college) || compareText(a.secondary, b.secondary))
    .map((block) => {
      const courseHours = sum(higher.filter((row) => row.courseCode === block.college).map((row) => row.hours));
      const exempt = block.hours >= EXEMPTION_SHARE * courseHours;
      const credits = courses.get(block.college)?.credits ?? 0;
      return {
        action: exempt ? 'EXEMPT_COURSE' : 'DROP_CONTENT',
        secondaryCourseCode: block.secondary,
        collegeCourseCode: block.college,
        itemIds: [...block.items].sort(compareText),
        duplicatedHours: block.hours,
        courseHours,
        proposedRule: exempt
          ? { kind: 'COURSE_RESULT', secondaryCourseCode: block.secondary, minScore: PASS_MARK, exemptCourseCodes: [block.college], credits }
          : null,
      };
    });
}
