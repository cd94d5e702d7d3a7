/**
 * The school's part of curriculum–certificate integration: it maps its own
 * courses (the college confirms the competency items, the enterprise the
 * content units), keeps its own teachers, and gives the college's reports
 * its mapping through the graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CourseCompetencyEntity } from '@guantong/shared/curriculum/entities';
import { competencies } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { TeacherEntity } from '@guantong/shared/teachers/entities';
import { callers, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();
const item = (code: string) => competencies.netItem(code).id;
const code = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
const field = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.field;
const MAP = 'mutation($input: MapCourseInput!) { mapSecondaryCourse(input: $input) { code competencyMappings { totalCount nodes { item { id } hours targetLevel effectiveFrom effectiveTo } } certificateContent(on: "2027-09-01") { nodes { standard { code } unitCode hours } } } }';
const mapping = (over: Record<string, unknown> = {}) => ({
  courseCode: 'NET-S140', effectiveFrom: '2027-09-01',
  competencies: [{ itemId: item('NT-S2'), hours: 24, targetLevel: 2 }, { itemId: item('NT-A3'), hours: 8, targetLevel: 2 }],
  certificateContent: [{ standardCode: 'X-NE-2', unitCode: 'NE-U1', hours: 24 }, { standardCode: 'X-NED-1', unitCode: 'NED-U4', hours: 8 }], ...over,
});

describe.each(kinds)('the school’s curriculum (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  it('anyone reads the demo mapping of Network Device Configuration: 72 hours of Basic Network Device Operation, and X-NED-1’s unit NED-U2', async () => {
    const res = await hub.run<{ secondaryProgram: { courses: { nodes: { code: string; competencyMappings: { nodes: { item: { id: string }; hours: number }[] }; certificateContent: { nodes: { standard: { code: string }; unitCode: string }[] } }[] } } }>(
      callers.anonymous, '{ secondaryProgram(code: "SEC-NET") { courses { nodes { code competencyMappings(on: "2026-11-23") { nodes { item { id } hours } } certificateContent { nodes { standard { code } unitCode } } } } } }',
    );
    const s120 = res.data!.secondaryProgram.courses.nodes.find((c) => c.code === 'NET-S120')!;
    expect(s120.competencyMappings.nodes).toEqual([{ item: { id: item('NT-S1') }, hours: 72 }]);
    expect(s120.certificateContent.nodes).toEqual([{ standard: { code: 'X-NED-1' }, unitCode: 'NED-U2' }]);
  });

  it('the school maps its course from a day, closing the rows in force the day before', async () => {
    const res = await hub.run<{ mapSecondaryCourse: { competencyMappings: { totalCount: number; nodes: { effectiveFrom: string; effectiveTo: string | null; hours: number }[] }; certificateContent: { nodes: unknown[] } } }>(callers.riverside, MAP, { input: mapping() });
    expect(res.errors).toBeUndefined();
    const rows = res.data!.mapSecondaryCourse.competencyMappings.nodes;
    expect(rows.map((r) => [r.effectiveFrom, r.effectiveTo, r.hours])).toEqual([['2021-09-01', '2027-08-31', 20], ['2021-09-01', '2027-08-31', 8], ['2027-09-01', null, 24], ['2027-09-01', null, 8]]);
    expect(res.data!.mapSecondaryCourse.certificateContent.nodes).toEqual([{ standard: { code: 'X-NE-2' }, unitCode: 'NE-U1', hours: 24 }, { standard: { code: 'X-NED-1' }, unitCode: 'NED-U4', hours: 8 }]);
  });

  it('refuses items outside the programme’s frameworks, unknown units, too many hours and another school, writing nothing', async () => {
    const before = await hub.count(CourseCompetencyEntity);
    for (const [over, f] of [
      [{ effectiveFrom: '2028-09-01', competencies: [{ itemId: competencies.ecItems2[0].id, hours: 8, targetLevel: 2 }] }, 'competencies.itemId'],
      [{ effectiveFrom: '2028-09-01', competencies: [{ itemId: 'no-such-item', hours: 8, targetLevel: 2 }] }, 'competencies.itemId'],
      [{ effectiveFrom: '2028-09-01', certificateContent: [{ standardCode: 'X-NED-1', unitCode: 'NED-U9', hours: 4 }] }, 'certificateContent.unitCode'],
      [{ effectiveFrom: '2028-09-01', competencies: [{ itemId: item('NT-S2'), hours: 41, targetLevel: 2 }] }, 'competencies.hours'],
      [{ courseCode: 'NET-H201' }, 'courseCode'],
    ] as const) {
      const res = await hub.run(callers.riverside, MAP, { input: mapping(over) });
      expect([code(res), field(res)]).toEqual(['BAD_USER_INPUT', f]);
    }
    for (const actor of [callers.hillview, callers.metroCollege]) expect(code(await hub.run(actor, MAP, { input: mapping({ effectiveFrom: '2028-09-01' }) }))).toBe('FORBIDDEN');
    expect(await hub.count(CourseCompetencyEntity)).toBe(before);
  });

  it('gives the college’s reports its programme’s courses, every mapping row and the standards they name', async () => {
    const res = await hub.run<{ _entities: { curriculumFacts: { courses: { nodes: unknown[] }; competencies: unknown[]; standards: { code: string }[] }; dualQualifiedFacts: { year: number; teachers: number; qualified: number }[] }[] }>(
      callers.metroCollege, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on SecondaryProgram { curriculumFacts { courses { code } competencies { courseCode } standards { code } } dualQualifiedFacts { year teachers qualified } } } }',
      { r: [{ __typename: 'SecondaryProgram', code: 'SEC-NET' }] },
    );
    const [program] = res.data!._entities;
    expect(program.curriculumFacts.courses).toHaveLength(5);
    expect(program.curriculumFacts.standards).toEqual([{ code: 'X-NE-2' }, { code: 'X-NED-1' }]);
    expect(program.dualQualifiedFacts).toEqual([{ year: 2024, teachers: 12, qualified: 7 }, { year: 2025, teachers: 12, qualified: 11 }]);
  });

  it('teachers are the school’s own: its staff and admins read and add them; others are refused', async () => {
    const list = 'query($s: ID!) { secondaryTeachers(schoolId: $s, first: 2) { totalCount pageInfo { hasNextPage } nodes { id program { code } dualQualified(year: 2024) } } }';
    expect((await hub.run(callers.riverside, list, { s: 'sch-riverside' })).data).toEqual({ secondaryTeachers: { totalCount: 12, pageInfo: { hasNextPage: true }, nodes: [
      { id: 'tch-riverside-01', program: { code: 'SEC-NET' }, dualQualified: true }, { id: 'tch-riverside-02', program: { code: 'SEC-NET' }, dualQualified: true },
    ] } });
    expect((await hub.run<{ secondaryTeachers: { totalCount: number } }>(callers.admin, list, { s: 'sch-riverside' })).data!.secondaryTeachers.totalCount).toBe(12);
    for (const actor of [callers.hillview, callers.metroCollege]) expect(code(await hub.run(actor, list, { s: 'sch-riverside' }))).toBe('FORBIDDEN');
    const add = 'mutation { addSecondaryTeacher(input: { id: "tch-hillview-01", programCode: "SEC-EC", name: "王老师", activeFrom: "2020-09-01", qualifications: [{ kind: INDUSTRY, title: "E-commerce operator", obtainedOn: "2019-06-01" }] }) { id qualifications { kind } } }';
    expect(code(await hub.run(callers.riverside, add))).toBe('FORBIDDEN');
    expect((await hub.run(callers.hillview, add)).data).toEqual({ addSecondaryTeacher: { id: 'tch-hillview-01', qualifications: [{ kind: 'INDUSTRY' }] } });
    const future = await hub.run(callers.hillview, 'mutation { addSecondaryTeacher(input: { id: "tch-hillview-02", programCode: "SEC-EC", name: "x", activeFrom: "2020-09-01", qualifications: [{ kind: TEACHING, title: "T", obtainedOn: "2027-01-01" }] }) { id } }');
    expect([code(future), field(future)]).toEqual(['BAD_USER_INPUT', 'qualifications.obtainedOn']);
    expect(await hub.count(TeacherEntity)).toBe(13);
    const figure = 'query { secondaryProgram(code: "SEC-NET") { dualQualified(year: 2025) { teachers qualified ratio } } }';
    expect((await hub.run(callers.riverside, figure)).data).toEqual({ secondaryProgram: { dualQualified: { teachers: 12, qualified: 11, ratio: 11 / 12 } } });
    expect(code(await hub.run(callers.hillview, figure))).toBe('FORBIDDEN');
    const practice = 'mutation { recordSecondaryTeacherPractice(input: { teacherId: "tch-riverside-12", year: 2026, hours: 200, enterprise: "Tianyi" }) { dualQualified(year: 2026) } }';
    expect(code(await hub.run(callers.hillview, practice))).toBe('FORBIDDEN');
    expect((await hub.run(callers.riverside, practice)).data).toEqual({ recordSecondaryTeacherPractice: { dualQualified: true } });
  });
});
