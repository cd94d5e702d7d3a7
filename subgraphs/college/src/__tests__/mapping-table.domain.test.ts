/**
 * The curriculum mapping table and the stage split, computed on paper: a row
 * is a course teaching an item, with each certificate whose units the course
 * covers for that item; hour shares are over the stage's mapped hours.
 */
import { describe, expect, it } from 'vitest';
import { mappingTable, stageSplits } from '../curriculum/mapping-table.ts';
import { course, cover, curriculum, teach, unit } from './curriculum-fixtures.ts';

const on = '2025-01-01';
const codeOf = (id: string) => id.toUpperCase();

describe('the mapping table', () => {
  const c = curriculum({
    school: [teach('S1', 'ops', 30, 2), teach('S1', 'care', 10, 2), teach('S2', 'cable', 60, 2)],
    schoolContent: [cover('S1', 'X-A', 'U1', 30), cover('S1', 'X-A', 'U3', 5), cover('S1', 'X-B', 'B1', 5)],
    college: [teach('C1', 'sec', 45, 3), teach('C2', 'ops', 55, 4)],
    collegeContent: [cover('C1', 'X-B', 'B2', 45)],
    units: [
      unit('X-A', 'U1', 40, ['ops']), unit('X-A', 'U2', 50, ['cable']), unit('X-A', 'U3', 10, ['ops', 'care']),
      unit('X-B', 'B1', 20, ['ops']), unit('X-B', 'B2', 80, ['sec']),
    ],
    schoolCourses: [course('S1', 4, 'Device Configuration'), course('S2', 3, 'Cabling')],
  });

  it('lists each course and item once per certificate covering it, the secondary stage first, by item code', () => {
    const rows = mappingTable(c, on, codeOf);
    expect(rows.map((r) => [r.stage, r.itemId, r.courseCode, r.standardCode, r.contentShare, r.hourShare])).toEqual([
      ['SECONDARY', 'cable', 'S2', null, null, 0.6],
      ['SECONDARY', 'care', 'S1', 'X-A', 0.1, 0.1],
      ['SECONDARY', 'ops', 'S1', 'X-A', 0.5, 0.3],
      ['SECONDARY', 'ops', 'S1', 'X-B', 0.2, 0.3],
      ['HIGHER', 'ops', 'C2', null, null, 0.55],
      ['HIGHER', 'sec', 'C1', 'X-B', 0.8, 0.45],
    ]);
  });

  it('carries the course title (or its code when the catalogue lacks it), hours and target level', () => {
    const rows = mappingTable(c, on, codeOf);
    expect(rows[2]).toMatchObject({ courseTitle: 'Device Configuration', hours: 30, targetLevel: 2 });
    expect(rows[4]).toMatchObject({ courseTitle: 'C2 title', hours: 55, targetLevel: 4 });
    const bare = curriculum({ school: [teach('S7', 'x', 5, 1)], schoolCourses: [course('S1')] });
    expect(mappingTable(bare, on, codeOf)[0].courseTitle).toBe('S7');
  });

  it('reads the rows in force that day only', () => {
    const dated = curriculum({ college: [teach('C1', 'a', 10, 2, '2024-09-01', '2025-08-31'), teach('C1', 'b', 30, 2, '2025-09-01')] });
    expect(mappingTable(dated, '2025-08-31', codeOf).map((r) => [r.itemId, r.hourShare])).toEqual([['a', 1]]);
    expect(mappingTable(dated, '2025-09-01', codeOf).map((r) => [r.itemId, r.hourShare])).toEqual([['b', 1]]);
    const covered = curriculum({
      school: [teach('S1', 'a', 10, 2)], schoolContent: [cover('S1', 'X', 'U', 10, '2026-01-01')], units: [unit('X', 'U', 1, ['a'])],
    });
    expect(mappingTable(covered, on, codeOf)[0].standardCode).toBeNull();
    expect(mappingTable(covered, '2026-01-01', codeOf)[0]).toMatchObject({ standardCode: 'X', contentShare: 1 });
  });

  it('ignores content rows of other courses and of units unknown to the catalogue', () => {
    const odd = curriculum({
      school: [teach('S1', 'a', 10, 2)], schoolContent: [cover('S2', 'X', 'U', 10), cover('S1', 'X', 'GONE', 10)], units: [unit('X', 'U', 1, ['a'])],
    });
    expect(mappingTable(odd, on, codeOf)[0].standardCode).toBeNull();
  });

  it('reproduces seed 000 Table 1 from the demo rows', async () => {
    const { competencies, mappings } = await import('@guantong/shared/demo');
    const demo = curriculum({
      school: mappings.secondaryCompetencyMappings, schoolContent: mappings.secondaryContentCoverage,
      college: [...mappings.collegeMappingsBeforeReform, ...mappings.collegeMappingsAfterReform],
      collegeContent: [...mappings.collegeCoverageBeforeReform, ...mappings.collegeCoverageAfterReform],
      units: mappings.demoContentUnits,
    });
    const rows = mappingTable(demo, '2026-11-23', (id) => competencies.demoItems.find((i) => i.id === id)!.code);
    const find = (code: string, courseCode: string) => rows.find((r) => r.itemId === competencies.netItem(code).id && r.courseCode === courseCode);
    expect(find('NT-S1', 'NET-S120')).toMatchObject({ stage: 'SECONDARY', standardCode: 'X-NED-1', contentShare: 0.4, hourShare: 0.3 });
    expect(find('NT-S5', 'NET-H201')).toMatchObject({ stage: 'HIGHER', standardCode: 'X-NE-2', contentShare: 0.6, hourShare: 0.45 });
  });
});

describe('the stage split', () => {
  it('shares each standard’s weight between the stages, counts what both cover, and lists the gaps in unit order', () => {
    const c = curriculum({
      schoolContent: [cover('S1', 'X', 'U1', 5), cover('S1', 'X', 'U2', 5)],
      collegeContent: [cover('C1', 'X', 'U2', 5), cover('C1', 'X', 'U3', 5), cover('C1', 'Y', 'Y1', 5)],
      units: [unit('X', 'U4', 10, []), unit('X', 'U1', 20, []), unit('X', 'U2', 30, []), unit('X', 'U3', 40, []), unit('Y', 'Y1', 1, []), unit('A', 'A1', 2, [])],
    });
    const splits = stageSplits(c, on);
    expect(splits.map((s) => s.standardCode)).toEqual(['A', 'X', 'Y']);
    expect(splits[1]).toMatchObject({ totalWeight: 100, secondaryShare: 0.5, higherShare: 0.7, bothShare: 0.3, gapShare: 0.1 });
    expect(splits[1].gaps.map((u) => u.code)).toEqual(['U4']);
    expect(splits[0]).toMatchObject({ secondaryShare: 0, higherShare: 0, bothShare: 0, gapShare: 1 });
    expect(splits[0].gaps.map((u) => u.code)).toEqual(['A1']);
    expect(splits[2]).toMatchObject({ secondaryShare: 0, higherShare: 1, gapShare: 0, gaps: [] });
  });

  it('lists several gaps in unit order', () => {
    const c = curriculum({ units: [unit('X', 'U9', 1, []), unit('X', 'U2', 1, []), unit('X', 'U5', 1, [])] });
    expect(stageSplits(c, on)[0].gaps.map((u) => u.code)).toEqual(['U2', 'U5', 'U9']);
  });

  it('counts coverage in force that day, and a standard of no weight has no shares', () => {
    const c = curriculum({ schoolContent: [cover('S1', 'X', 'U1', 5, '2026-01-01')], units: [unit('X', 'U1', 10, []), unit('Z', 'Z1', 0, [])] });
    expect(stageSplits(c, on)[0]).toMatchObject({ secondaryShare: 0, gapShare: 1 });
    expect(stageSplits(c, '2026-01-01')[0]).toMatchObject({ secondaryShare: 1, gapShare: 0 });
    expect(stageSplits(c, on)[1]).toMatchObject({ totalWeight: 0, secondaryShare: null, higherShare: null, bothShare: null, gapShare: null });
  });

  it('reproduces the paper’s 40/60 split of X-NE-2 and the uncovered unit of X-NED-1 from the demo rows', async () => {
    const { mappings } = await import('@guantong/shared/demo');
    const demo = curriculum({
      schoolContent: mappings.secondaryContentCoverage, collegeContent: [...mappings.collegeCoverageBeforeReform, ...mappings.collegeCoverageAfterReform], units: mappings.demoContentUnits,
    });
    const [ne2, ned1] = stageSplits(demo, '2026-11-23');
    expect(ne2).toMatchObject({ standardCode: 'X-NE-2', secondaryShare: 0.4, higherShare: 0.6, bothShare: 0, gapShare: 0 });
    expect(ned1).toMatchObject({ standardCode: 'X-NED-1', secondaryShare: 0.85, higherShare: 0, gapShare: 0.15 });
    expect(ned1.gaps.map((u) => u.code)).toEqual(['NED-U4']);
  });
});
