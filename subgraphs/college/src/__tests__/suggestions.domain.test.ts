/**
 * What the committee is offered for each block of duplicated content:
 * exemption when at least half of the college course's mapped hours repeat
 * one secondary course, otherwise dropping the hours. Data, never a change.
 */
import { describe, expect, it } from 'vitest';
import { overlap } from '../curriculum/overlap.ts';
import { EXEMPTION_SHARE, suggestions } from '../curriculum/suggestions.ts';
import { course, curriculum, teach } from './curriculum-fixtures.ts';

const on = '2025-01-01';
const suggest = (c: ReturnType<typeof curriculum>) => suggestions(c, overlap(c, on));

describe('suggestions for duplicated content', () => {
  it('exempts on the secondary course’s result when half the college course repeats it, with the course’s credits', () => {
    const c = curriculum({
      school: [teach('S1', 'a', 10, 3), teach('S1', 'b', 10, 3)],
      college: [teach('C1', 'b', 12, 3), teach('C1', 'a', 20, 2), teach('C1', 'new', 32, 3)],
      collegeCourses: [course('C1', 3.5)],
    });
    expect(EXEMPTION_SHARE).toBe(0.5);
    expect(suggest(c)).toEqual([{
      action: 'EXEMPT_COURSE', secondaryCourseCode: 'S1', collegeCourseCode: 'C1', itemIds: ['a', 'b'], duplicatedHours: 32, courseHours: 64,
      proposedRule: { kind: 'COURSE_RESULT', secondaryCourseCode: 'S1', minScore: 60, exemptCourseCodes: ['C1'], credits: 3.5 },
    }]);
  });

  it('drops the hours when less than half repeats, with no rule to propose', () => {
    const c = curriculum({ school: [teach('S1', 'a', 10, 3)], college: [teach('C1', 'a', 31, 2), teach('C1', 'new', 33, 3)] });
    expect(suggest(c)).toEqual([{ action: 'DROP_CONTENT', secondaryCourseCode: 'S1', collegeCourseCode: 'C1', itemIds: ['a'], duplicatedHours: 31, courseHours: 64, proposedRule: null }]);
  });

  it('one block per college course and secondary course, ordered by college course then secondary course', () => {
    const c = curriculum({
      school: [teach('S2', 'a', 10, 3), teach('S1', 'b', 10, 3)],
      college: [teach('C2', 'a', 10, 2), teach('C1', 'b', 5, 2), teach('C1', 'a', 5, 2), teach('C1', 'x', 90, 2)],
    });
    expect(suggest(c).map((s) => [s.collegeCourseCode, s.secondaryCourseCode, s.action, s.duplicatedHours, s.courseHours])).toEqual([
      ['C1', 'S1', 'DROP_CONTENT', 5, 100],
      ['C1', 'S2', 'DROP_CONTENT', 5, 100],
      ['C2', 'S2', 'EXEMPT_COURSE', 10, 10],
    ]);
  });

  it('a course missing from the catalogue is proposed for no credits, and a curriculum without duplicates suggests nothing', () => {
    const c = curriculum({ school: [teach('S1', 'a', 10, 3)], college: [teach('C1', 'a', 10, 2)], collegeCourses: [course('C9')] });
    expect(suggest(c)[0].proposedRule?.credits).toBe(0);
    expect(suggest(curriculum({ school: [teach('S1', 'a', 10, 1)], college: [teach('C1', 'a', 10, 2)] }))).toEqual([]);
  });

  it('counts only the college course’s rows in force that day', () => {
    const c = curriculum({
      school: [teach('S1', 'a', 10, 3)],
      college: [teach('C1', 'a', 10, 2), teach('C1', 'old', 100, 2, '2020-01-01', '2024-12-31')],
    });
    expect(suggest(c)[0]).toMatchObject({ action: 'EXEMPT_COURSE', courseHours: 10 });
  });
});
