import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { callers, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();

const RATES = /* GraphQL */ `
  query($school: ID!) {
    moduleEnrolmentRates(schoolId: $school, first: 100) { totalCount nodes { cohort learners enrolled rate } }
    modulePassRates(schoolId: $school, first: 100) { totalCount nodes { module { code } assessed passed rate } }
    modulesRecommendedNotTaken(schoolId: $school, first: 100) { totalCount nodes { module { code } suggested notTaken } }
  }
`;

interface Rates {
  moduleEnrolmentRates: { nodes: { cohort: number; learners: number; enrolled: number; rate: number }[] };
  modulePassRates: { nodes: { module: { code: string }; assessed: number; passed: number; rate: number }[] };
  modulesRecommendedNotTaken: { nodes: { module: { code: string }; suggested: number; notTaken: number }[] };
}

describe.each(kinds)('the marketplace’s cohort views, recounted from the raw rows (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  /** Every row of a table, read plainly: the recount uses no aggregate of the database. */
  const rows = <T>(table: string): Promise<T[]> => hub.db.dataSource.query(`SELECT * FROM ${table}`);

  it.each(['sch-riverside', 'sch-hillview'])('%s: enrolment rate per cohort, pass rate per module, suggestions not taken', async (school) => {
    const { data, errors } = await hub.run<Rates>(callers.admin, RATES, { school });
    expect(errors).toBeUndefined();
    const learners = (await rows<{ student_id: string; school_id: string; cohort: number }>('secondary_enrollment')).filter((e) => e.school_id === school);
    const enrolments = await rows<{ student_id: string; module_code: string }>('module_enrolment');
    const assessments = await rows<{ student_id: string; module_code: string; score: number }>('module_assessment');
    const reports = await rows<{ student_id: string; body: string }>('learning_report');
    const ours = new Set(learners.map((l) => l.student_id));

    const cohorts = [...new Set(learners.map((l) => Number(l.cohort)))].sort();
    expect(data!.moduleEnrolmentRates.nodes).toEqual(cohorts.map((cohort) => {
      const members = learners.filter((l) => Number(l.cohort) === cohort);
      const enrolled = members.filter((m) => enrolments.some((e) => e.student_id === m.student_id)).length;
      return { cohort, learners: members.length, enrolled, rate: enrolled / members.length };
    }));

    const best = new Map<string, number>();
    for (const a of assessments.filter((x) => ours.has(x.student_id))) best.set(`${a.module_code}|${a.student_id}`, Math.max(Number(a.score), best.get(`${a.module_code}|${a.student_id}`) ?? -1));
    const codes = [...new Set([...best.keys()].map((k) => k.split('|')[0]!))].sort();
    expect(data!.modulePassRates.nodes).toEqual(codes.map((code) => {
      const scores = [...best].filter(([k]) => k.startsWith(`${code}|`)).map(([, s]) => s);
      const passed = scores.filter((s) => s >= 60).length;
      return { module: { code }, assessed: scores.length, passed, rate: passed / scores.length };
    }));

    const suggestedTo = new Map<string, Set<string>>();
    for (const r of reports.filter((x) => ours.has(x.student_id))) {
      for (const s of (JSON.parse(r.body) as { suggestions: { kind: string; moduleCode: string }[] }).suggestions.filter((x) => x.kind === 'MODULE')) {
        suggestedTo.set(s.moduleCode, (suggestedTo.get(s.moduleCode) ?? new Set()).add(r.student_id));
      }
    }
    const uptake = [...suggestedTo].map(([code, who]) => ({
      module: { code }, suggested: who.size, notTaken: [...who].filter((id) => !enrolments.some((e) => e.student_id === id && e.module_code === code)).length,
    })).sort((a, b) => b.notTaken - a.notTaken || (a.module.code < b.module.code ? -1 : 1));
    expect(data!.modulesRecommendedNotTaken.nodes).toEqual(uptake);
  });

  it('the 2024 Network Technology cohort’s module enrolment rate is the paper’s 95% (20 of 21)', async () => {
    const { data } = await hub.run<Rates>(callers.riverside, RATES, { school: 'sch-riverside' });
    expect(data!.moduleEnrolmentRates.nodes.find((r) => r.cohort === 2024)).toEqual({ cohort: 2024, learners: 21, enrolled: 20, rate: 20 / 21 });
    expect(data!.modulesRecommendedNotTaken.nodes.length).toBeGreaterThan(0);
  });

  it.each([
    ['another school', callers.hillview, 'FORBIDDEN'],
    ['a college', callers.metroCollege, 'FORBIDDEN'],
    ['an anonymous caller', callers.anonymous, 'UNAUTHENTICATED'],
  ])('%s may not read a school’s cohort views', async (_who, actor, code) => {
    for (const field of ['moduleEnrolmentRates', 'modulePassRates', 'modulesRecommendedNotTaken']) {
      const { data, errors } = await hub.run(actor, `query($school: ID!) { ${field}(schoolId: $school) { totalCount } }`, { school: 'sch-riverside' });
      expect(data ?? null).toBeNull();
      expect(errors?.map((e) => e.extensions?.code)).toEqual([code]);
    }
  });
});
