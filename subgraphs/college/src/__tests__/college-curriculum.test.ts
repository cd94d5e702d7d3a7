/**
 * The college maps its own courses and keeps its own teachers: mappings are
 * public catalogue, versioned by dates; teachers' records are for the
 * college's staff and admins; a programme's dual-qualified figure for the
 * institutions of its agreements.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { competencies } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { admin, anonymous, codeOf, fieldOf, hillview, metro, openCollege, riverside, staff, tianyi, type College } from './harness.ts';

const kinds = await databaseKinds();
const MAP = 'mutation($input: MapCourseInput!) { mapCollegeCourse(input: $input) { code competencyMappings(on: "2027-09-01") { nodes { item { code } hours targetLevel effectiveFrom } } } }';
const MAPPINGS = 'query($on: Date) { colleges { nodes { programs { nodes { courses { nodes { code competencyMappings(on: $on) { totalCount nodes { item { code } hours targetLevel effectiveFrom effectiveTo } } certificateContent(on: $on) { nodes { standard { code } unitCode hours } } } } } } } } }';
const item = (code: string) => competencies.netItem(code).id;
const mapping = (over: Record<string, unknown> = {}) => ({
  courseCode: 'NET-H230', effectiveFrom: '2027-09-01',
  competencies: [{ itemId: item('NT-A3'), hours: 8, targetLevel: 3 }, { itemId: item('NT-S5'), hours: 40, targetLevel: 4 }],
  certificateContent: [{ standardCode: 'X-NE-2', unitCode: 'NE-U2', hours: 40 }], ...over,
});

describe.each(kinds)('the college’s mapping and teachers (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  type Course = { code: string; competencyMappings: { totalCount: number; nodes: { item: { code: string }; hours: number; effectiveFrom: string; effectiveTo: string | null }[] }; certificateContent: { nodes: { standard: { code: string }; unitCode: string }[] } };
  const courseOn = async (code: string, on?: string) => {
    const res = await college.run<{ colleges: { nodes: { programs: { nodes: { courses: { nodes: Course[] } }[] } }[] } }>(anonymous, MAPPINGS, { on });
    return res.data!.colleges.nodes.flatMap((c) => c.programs.nodes).flatMap((p) => p.courses.nodes).find((c) => c.code === code)!;
  };

  it('anyone reads a course’s mapping: on a day, or all of it with its history', async () => {
    const before = await courseOn('NET-H201', '2025-08-31');
    expect(before.competencyMappings.nodes.map((m) => [m.item.code, m.hours])).toEqual([['NT-K1', 16], ['NT-S5', 56]]);
    const now = await courseOn('NET-H201', '2026-11-23');
    expect(now.competencyMappings.nodes.map((m) => [m.item.code, m.hours])).toEqual([['NT-S5', 72]]);
    expect(now.certificateContent.nodes).toEqual([{ standard: { code: 'X-NE-2' }, unitCode: 'NE-U2', hours: 72 }]);
    const all = await courseOn('NET-H201');
    expect(all.competencyMappings.nodes.map((m) => [m.item.code, m.effectiveFrom, m.effectiveTo])).toEqual([
      ['NT-K1', '2021-09-01', '2025-08-31'], ['NT-S5', '2021-09-01', '2025-08-31'], ['NT-S5', '2025-09-01', null],
    ]);
  });

  it('the college maps one of its courses from a day: the rows in force are closed the day before, earlier ones stay', async () => {
    const res = await college.run(metro, MAP, { input: mapping() });
    expect(res.data).toEqual({ mapCollegeCourse: { code: 'NET-H230', competencyMappings: { nodes: [
      { item: { code: 'NT-A3' }, hours: 8, targetLevel: 3, effectiveFrom: '2027-09-01' }, { item: { code: 'NT-S5' }, hours: 40, targetLevel: 4, effectiveFrom: '2027-09-01' },
    ] } } });
    const all = await courseOn('NET-H230');
    expect(all.competencyMappings.nodes.map((m) => [m.item.code, m.effectiveFrom, m.effectiveTo])).toEqual([
      ['NT-S3', '2021-09-01', '2025-08-31'], ['NT-A3', '2021-09-01', '2025-08-31'], ['NT-S5', '2021-09-01', '2025-08-31'],
      ['NT-A3', '2025-09-01', '2027-08-31'], ['NT-A1', '2025-09-01', '2027-08-31'],
      ['NT-A3', '2027-09-01', null], ['NT-S5', '2027-09-01', null],
    ]);
  });

  it('refuses what it cannot map, naming the field, and writes nothing', async () => {
    const before = await college.count('course_competency');
    const ecItem = competencies.ecItems2[0].id;
    for (const [over, field] of [
      [{ effectiveFrom: '2027-09-01' }, 'effectiveFrom'],
      [{ effectiveFrom: '2028-09-01', competencies: [{ itemId: ecItem, hours: 8, targetLevel: 2 }] }, 'competencies.itemId'],
      [{ effectiveFrom: '2028-09-01', competencies: [{ itemId: item('NT-A3'), hours: 81, targetLevel: 2 }] }, 'competencies.hours'],
      [{ effectiveFrom: '2028-09-01', competencies: [{ itemId: item('NT-A3'), hours: 8, targetLevel: 6 }] }, 'competencies.targetLevel'],
      [{ effectiveFrom: '2028-09-01', competencies: [{ itemId: item('NT-A3'), hours: 8, targetLevel: 2 }, { itemId: item('NT-A3'), hours: 8, targetLevel: 2 }] }, 'competencies'],
      [{ effectiveFrom: '2028-09-01', certificateContent: [{ standardCode: 'X-NE-2', unitCode: 'NE-U9', hours: 4 }] }, 'certificateContent.unitCode'],
      [{ effectiveFrom: '2028-09-01', certificateContent: [{ standardCode: 'X-NONE', unitCode: 'U1', hours: 4 }] }, 'certificateContent.standardCode'],
      [{ courseCode: 'NET-S120' }, 'courseCode'],
    ] as const) {
      const res = await college.run(metro, MAP, { input: mapping(over) });
      expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', field]);
    }
    for (const actor of [riverside, staff('COLLEGE_STAFF', 'col-other')]) expect(codeOf(await college.run(actor, MAP, { input: mapping({ effectiveFrom: '2028-09-01' }) }))).toBe('FORBIDDEN');
    expect(await college.count('course_competency')).toBe(before);
  });

  const TEACHERS = 'query($c: ID!, $p: ID, $first: Int, $after: String) { collegeTeachers(collegeId: $c, programCode: $p, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { id program { code } qualifications { kind } practice { year hours } y2024: dualQualified(year: 2024) y2025: dualQualified(year: 2025) } } }';

  it('teachers are read by their own college and admins only, paged by id', async () => {
    const page = await college.run<{ collegeTeachers: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: { id: string; y2024: boolean; y2025: boolean }[] } }>(metro, TEACHERS, { c: 'col-metro', first: 10 });
    expect(page.data!.collegeTeachers).toMatchObject({ totalCount: 13, pageInfo: { hasNextPage: true } });
    expect(page.data!.collegeTeachers.nodes[0]).toMatchObject({ id: 'tch-metro-01', y2024: true, y2025: true });
    const rest = await college.run<{ collegeTeachers: { nodes: { id: string; y2024: boolean; y2025: boolean }[] } }>(admin, TEACHERS, { c: 'col-metro', p: 'COL-NET', first: 10, after: page.data!.collegeTeachers.pageInfo.endCursor });
    expect(rest.data!.collegeTeachers.nodes.map((t) => [t.id, t.y2024, t.y2025])).toEqual([['tch-metro-11', false, true], ['tch-metro-12', false, false], ['tch-metro-13', false, false]]);
    for (const actor of [riverside, tianyi]) expect(codeOf(await college.run(actor, TEACHERS, { c: 'col-metro' }))).toBe('FORBIDDEN');
    expect(codeOf(await college.run(anonymous, TEACHERS, { c: 'col-metro' }))).toBe('UNAUTHENTICATED');
  });

  it('the college adds a teacher and their enterprise practice; the practice makes them dual-qualified that year', async () => {
    const add = 'mutation { addCollegeTeacher(input: { id: "tch-metro-14", programCode: "COL-NET", name: "新老师", activeFrom: "2026-02-01", qualifications: [{ kind: TEACHING, title: "Teacher qualification", obtainedOn: "2025-12-01" }] }) { id dualQualified(year: 2026) } }';
    expect((await college.run(metro, add)).data).toEqual({ addCollegeTeacher: { id: 'tch-metro-14', dualQualified: false } });
    expect(codeOf(await college.run(metro, add))).toBe('CONFLICT');
    expect(codeOf(await college.run(riverside, add.replace('tch-metro-14', 'tch-x')))).toBe('FORBIDDEN');
    const practice = (hours: number) => `mutation { recordCollegeTeacherPractice(input: { teacherId: "tch-metro-14", year: 2026, hours: ${hours}, enterprise: "Tianyi" }) { id dualQualified(year: 2026) practice { hours } } }`;
    expect((await college.run(metro, practice(160))).data).toEqual({ recordCollegeTeacherPractice: { id: 'tch-metro-14', dualQualified: true, practice: [{ hours: 160 }] } });
    expect(codeOf(await college.run(metro, practice(10)))).toBe('CONFLICT');
    expect(codeOf(await college.run(hillview, practice(10).replace('Tianyi', 'Other')))).toBe('FORBIDDEN');
    const future = await college.run(metro, 'mutation { recordCollegeTeacherPractice(input: { teacherId: "tch-metro-14", year: 2027, hours: 10, enterprise: "X" }) { id } }');
    expect([codeOf(future), fieldOf(future)]).toEqual(['BAD_USER_INPUT', 'year']);
  });

  it('a programme’s dual-qualified figure goes to the institutions of its agreements and admins, not to others', async () => {
    const figure = 'query($y: Int!) { colleges { nodes { programs { nodes { code dualQualified(year: $y) { teachers qualified ratio } } } } } }';
    const net = async (actor: Parameters<College['run']>[0], y: number) => {
      const res = await college.run<{ colleges: { nodes: { programs: { nodes: { code: string; dualQualified: unknown }[] } }[] } }>(actor, figure, { y });
      return { res, net: res.data?.colleges.nodes[0].programs.nodes.find((p) => p.code === 'COL-NET')?.dualQualified };
    };
    expect((await net(metro, 2024)).net).toEqual({ teachers: 13, qualified: 6, ratio: 6 / 13 });
    expect((await net(riverside, 2025)).net).toEqual({ teachers: 13, qualified: 11, ratio: 11 / 13 });
    expect(codeOf((await net(tianyi, 2025)).res)).toBe('FORBIDDEN');
  });
});
