/**
 * Overlap between the stages, recomputed by hand on small curricula: the
 * share of the college's mapped hours spent on items the school already
 * teaches at the same or a higher level.
 */
import { describe, expect, it } from 'vitest';
import { inForce, share, sum } from '../curriculum/chain.ts';
import { overlap } from '../curriculum/overlap.ts';
import { curriculum, teach } from './curriculum-fixtures.ts';

describe('the overlap rate', () => {
  it('is the college hours on items the school taught at the same or a higher level, over all college hours (30 of 100 here)', () => {
    const c = curriculum({
      school: [teach('S1', 'routing', 40, 2), teach('S2', 'cabling', 20, 3)],
      college: [
        teach('C1', 'routing', 20, 2), // same level: taught twice
        teach('C2', 'cabling', 10, 2), // the school went further: taught twice
        teach('C3', 'security', 50, 3), // the school never taught it
        teach('C4', 'routing', 20, 4), // the college goes further: new content
      ],
    });
    const found = overlap(c, '2025-01-01');
    expect(found).toMatchObject({ on: '2025-01-01', higherHours: 100, duplicatedHours: 30, rate: 0.3 });
    expect(found.duplicates).toEqual([
      { itemId: 'routing', secondaryCourseCode: 'S1', secondaryLevel: 2, collegeCourseCode: 'C1', collegeLevel: 2, hours: 20 },
      { itemId: 'cabling', secondaryCourseCode: 'S2', secondaryLevel: 3, collegeCourseCode: 'C2', collegeLevel: 2, hours: 10 },
    ]);
  });

  it('counts a college row once however many school courses taught its item, and names the one that went furthest', () => {
    const c = curriculum({
      school: [teach('S9', 'routing', 10, 2), teach('S1', 'routing', 10, 3), teach('S5', 'routing', 10, 3)],
      college: [teach('C1', 'routing', 12, 2), teach('C2', 'other', 12, 1)],
    });
    const found = overlap(c, '2025-01-01');
    expect(found.duplicatedHours).toBe(12);
    expect(found.rate).toBe(0.5);
    // Of S1 and S5 (both level 3), the lower code.
    expect(found.duplicates).toEqual([{ itemId: 'routing', secondaryCourseCode: 'S1', secondaryLevel: 3, collegeCourseCode: 'C1', collegeLevel: 2, hours: 12 }]);
    const higherLast = curriculum({ school: [teach('S1', 'routing', 10, 2), teach('S9', 'routing', 10, 3)], college: [teach('C1', 'routing', 12, 2)] });
    expect(overlap(higherLast, '2025-01-01').duplicates[0]).toMatchObject({ secondaryCourseCode: 'S9', secondaryLevel: 3 });
  });

  it('reads only the rows in force that day on both sides, from the first day to the last', () => {
    const c = curriculum({
      school: [teach('S1', 'routing', 10, 2, '2022-09-01', '2024-08-31')],
      college: [teach('C1', 'routing', 30, 2, '2021-09-01', '2023-08-31'), teach('C2', 'routing', 10, 2, '2023-09-01')],
    });
    expect(overlap(c, '2022-08-31')).toMatchObject({ higherHours: 30, duplicatedHours: 0, rate: 0 });
    expect(overlap(c, '2022-09-01')).toMatchObject({ higherHours: 30, duplicatedHours: 30, rate: 1 });
    expect(overlap(c, '2023-08-31')).toMatchObject({ higherHours: 30, duplicatedHours: 30 });
    expect(overlap(c, '2023-09-01')).toMatchObject({ higherHours: 10, duplicatedHours: 10 });
    expect(overlap(c, '2024-08-31')).toMatchObject({ higherHours: 10, duplicatedHours: 10 });
    expect(overlap(c, '2024-09-01')).toMatchObject({ higherHours: 10, duplicatedHours: 0, rate: 0 });
  });

  it('has no rate when the college maps no hours that day', () => {
    expect(overlap(curriculum({ school: [teach('S1', 'x', 10, 2)] }), '2025-01-01')).toEqual({ on: '2025-01-01', higherHours: 0, duplicatedHours: 0, rate: null, duplicates: [] });
  });

  it('reproduces the demo’s before and after: 120 of 288 hours, then 8 of 160', async () => {
    const { mappings } = await import('@guantong/shared/demo');
    const c = curriculum({ school: mappings.secondaryCompetencyMappings, college: [...mappings.collegeMappingsBeforeReform, ...mappings.collegeMappingsAfterReform] });
    expect(overlap(c, '2025-08-31')).toMatchObject({ higherHours: 288, duplicatedHours: 120 });
    expect(overlap(c, mappings.REFORM_DATE)).toMatchObject({ higherHours: 160, duplicatedHours: 8, rate: 0.05 });
  });
});

describe('the chain’s helpers', () => {
  it('a share divides, and has no value over nothing', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 4)).toBe(0);
    expect(share(3, 0)).toBeNull();
  });

  it('sums and keeps rows in force inclusively', () => {
    expect(sum([1, 2, 3.5])).toBe(6.5);
    expect(sum([])).toBe(0);
    const rows = [teach('A', 'i', 1, 1, '2024-01-01', '2024-12-31'), teach('B', 'i', 1, 1, '2025-01-01')];
    expect(inForce(rows, '2023-12-31')).toEqual([]);
    expect(inForce(rows, '2024-01-01').map((r) => r.courseCode)).toEqual(['A']);
    expect(inForce(rows, '2024-12-31').map((r) => r.courseCode)).toEqual(['A']);
    expect(inForce(rows, '2030-01-01').map((r) => r.courseCode)).toEqual(['B']);
  });
});
