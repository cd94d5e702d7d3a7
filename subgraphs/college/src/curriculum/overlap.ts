/**
 * Overlap between the stages: the share of the higher stage's mapped class
 * hours spent on competency items the secondary stage already teaches at the
 * same or a higher target level. Hours-weighted: a college course's hours on
 * such an item count once, however many secondary courses teach it.
 */
import { compareText } from '@guantong/shared/loaders';
import { inForce, share, sum, type CompetencyMapping, type Curriculum } from './chain.ts';

/** One block of content taught twice: a college course's hours on an item a secondary course already taught. */
export interface Duplicate {
  itemId: string;
  secondaryCourseCode: string;
  secondaryLevel: number;
  collegeCourseCode: string;
  collegeLevel: number;
  hours: number;
}

export interface Overlap {
  /** The day whose curriculum was compared. */
  on: string;
  /** Mapped class hours of the higher stage in force that day. */
  higherHours: number;
  duplicatedHours: number;
  /** duplicatedHours / higherHours, or null when the higher stage maps no hours. */
  rate: number | null;
  duplicates: Duplicate[];
}

/**
 * The secondary row that makes a college row a duplicate: the same item taught
 * at the same or a higher level; of several, the highest level, then the
 * lowest course code, so the answer does not depend on row order.
 */
function taughtBefore(college: CompetencyMapping, secondary: readonly CompetencyMapping[]): CompetencyMapping | undefined {
  return secondary
    .filter((row) => row.itemId === college.itemId && row.targetLevel >= college.targetLevel)
    .sort((a, b) => b.targetLevel - a.targetLevel || compareText(a.courseCode, b.courseCode))[0];
}

export function overlap(curriculum: Curriculum, on: string): Overlap {
  const secondary = inForce(curriculum.secondary.competencies, on);
  const higher = inForce(curriculum.higher.competencies, on);
  const duplicates: Duplicate[] = [];
  for (const row of higher) {
    const before = taughtBefore(row, secondary);
    if (!before) continue;
    duplicates.push({
      itemId: row.itemId, secondaryCourseCode: before.courseCode, secondaryLevel: before.targetLevel,
      collegeCourseCode: row.courseCode, collegeLevel: row.targetLevel, hours: row.hours,
    });
  }
  const higherHours = sum(higher.map((row) => row.hours));
  const duplicatedHours = sum(duplicates.map((d) => d.hours));
  return { on, higherHours, duplicatedHours, rate: share(duplicatedHours, higherHours), duplicates };
}
