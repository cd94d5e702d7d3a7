/**
 * Curriculum–certificate integration across the federation, on the demo: the
 * college's reports join the school's mapping, the enterprise's content
 * units, certificates and job positions through the graph, and tell seed
 * 000's story from the rows: Table 1, overlap 42% → 5%, alignment 32% → 81%.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();

const TABLE = /* GraphQL */ `
  query($first: Int, $after: String) {
    articulationAgreement(id: "agr-net") {
      mappingTable(first: $first, after: $after) {
        totalCount pageInfo { endCursor hasNextPage }
        nodes { stage competency { code abbreviatedStatement kind } courseCode courseTitle hours hourShare certificate { code name level } contentShare }
      }
    }
  }
`;
const OUTCOMES = /* GraphQL */ `
  query($subsidized: Boolean) {
    articulationAgreement(id: "agr-net") {
      cohortOutcomes(reformDate: "2025-09-01", subsidized: $subsidized) {
        before { ...side } after { ...side }
      }
    }
  }
  fragment side on CohortOutcome {
    period learners certified passRate graduates employed employmentRate
    alignment { placements certificates aligned rate }
    overlap { on rate higherHours duplicatedHours }
    dualQualified { year teachers qualified ratio }
  }
`;

interface Row { stage: string; competency: { code: string; abbreviatedStatement: string }; courseCode: string; courseTitle: string; hours: number; hourShare: number; certificate: { code: string; name: string; level: string } | null; contentShare: number | null }

describe.each(kinds)('curriculum–certificate integration on the demo (%s)', (kind) => {
  let hub: Hub;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    hub = await startHub(kind);
    tokens.admin = await hub.token({ role: 'ADMIN' });
    tokens.metro = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
    tokens.riverside = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
    tokens.hillview = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-hillview' });
    tokens.tianyi = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-tianyi' });
    tokens.learner = await hub.token({ role: 'STUDENT', student: 'GT202200001X' });
  });
  afterAll(() => hub?.stop());

  it('the mapping table of Network Technology holds seed 000’s Table 1 rows, for anyone', async () => {
    const res = await hub.query<{ articulationAgreement: { mappingTable: { totalCount: number; nodes: Row[] } } }>(TABLE, { first: 100 });
    expect(res.errors).toBeUndefined();
    const rows = res.data!.articulationAgreement.mappingTable.nodes;
    expect(rows.find((r) => r.competency.code === 'NT-S1')).toEqual({
      stage: 'SECONDARY', competency: { code: 'NT-S1', abbreviatedStatement: 'Basic Network Device Operation', kind: 'SKILL' }, courseCode: 'NET-S120', courseTitle: 'Network Device Configuration',
      hours: 72, hourShare: 0.3, certificate: { code: 'X-NED-1', name: 'Network Equipment Debugger', level: 'ENTRY' }, contentShare: 0.4,
    });
    expect(rows.find((r) => r.competency.code === 'NT-S5')).toEqual({
      stage: 'HIGHER', competency: { code: 'NT-S5', abbreviatedStatement: 'Network Security Deployment', kind: 'SKILL' }, courseCode: 'NET-H201', courseTitle: 'Network Security Technology',
      hours: 72, hourShare: 0.45, certificate: { code: 'X-NE-2', name: 'Network Engineer', level: 'INTERMEDIATE' }, contentShare: 0.6,
    });
    // Every row of a stage shares that stage's mapped hours: 240 at the school, 160 at the college.
    for (const stage of ['SECONDARY', 'HIGHER']) expect(rows.filter((r) => r.stage === stage).reduce((n, r) => n + r.hourShare, 0)).toBeCloseTo(1, 10);
    expect(rows.find((r) => r.courseCode === 'NET-H240')).toMatchObject({ courseTitle: '5G Network Architecture', competency: { code: 'NT-K4' } });
  });

  it('is paged like every list: the pages together are the whole table', async () => {
    const all = (await hub.query<{ articulationAgreement: { mappingTable: { nodes: Row[] } } }>(TABLE, { first: 100 })).data!.articulationAgreement.mappingTable.nodes;
    const seen: Row[] = [];
    let after: string | null = null;
    do {
      const page: { articulationAgreement: { mappingTable: { nodes: Row[]; pageInfo: { endCursor: string; hasNextPage: boolean } } } } = (await hub.query(TABLE, { first: 4, after })).data as never;
      seen.push(...page.articulationAgreement.mappingTable.nodes);
      after = page.articulationAgreement.mappingTable.pageInfo.hasNextPage ? page.articulationAgreement.mappingTable.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);
    expect(all).toHaveLength(14);
  });

  it('overlap before the reform is 120 of 288 college hours (42%), after it 8 of 160; X-NE-2 splits 40/60 and X-NED-1 has a gap', async () => {
    const res = await hub.query<{ articulationAgreement: Record<string, unknown> }>(`{ articulationAgreement(id: "agr-net") {
      before: overlap(on: "2025-08-31") { rate higherHours duplicatedHours duplicates(first: 100) { totalCount nodes { competency { code } secondaryCourseCode collegeCourseCode hours } }
        suggestions { nodes { action secondaryCourseCode collegeCourseCode proposedRule { kind secondaryCourseCode minScore exemptCourseCodes credits } existingRule { id } } } }
      after: overlap { on rate higherHours duplicatedHours }
      stageSplits { nodes { standard { code } secondaryShare higherShare bothShare gapShare gaps { code title weight } } }
    } }`);
    expect(res.errors).toBeUndefined();
    const { before, after, stageSplits } = res.data!.articulationAgreement as never as {
      before: { rate: number; higherHours: number; duplicatedHours: number; duplicates: { totalCount: number; nodes: { competency: { code: string }; collegeCourseCode: string; hours: number }[] }; suggestions: { nodes: { action: string; collegeCourseCode: string; existingRule: { id: string } | null }[] } };
      after: Record<string, unknown>; stageSplits: { nodes: unknown[] };
    };
    expect([before.rate, before.higherHours, before.duplicatedHours, before.duplicates.totalCount]).toEqual([120 / 288, 288, 120, 6]);
    expect(before.duplicates.nodes.find((d) => d.collegeCourseCode === 'NET-H210')).toEqual({ competency: { code: 'NT-S1' }, secondaryCourseCode: 'NET-S120', collegeCourseCode: 'NET-H210', hours: 32 });
    expect(before.suggestions.nodes.filter((s) => s.action === 'EXEMPT_COURSE').map((s) => [s.collegeCourseCode, s.existingRule?.id ?? null])).toEqual([['NET-H210', '2'], ['NET-H220', null]]);
    expect(after).toEqual({ on: '2026-11-23', rate: 0.05, higherHours: 160, duplicatedHours: 8 });
    expect(stageSplits.nodes).toEqual([
      { standard: { code: 'X-NE-2' }, secondaryShare: 0.4, higherShare: 0.6, bothShare: 0, gapShare: 0, gaps: [] },
      { standard: { code: 'X-NED-1' }, secondaryShare: 0.85, higherShare: 0, bothShare: 0, gapShare: 0.15, gaps: [{ code: 'NED-U4', title: 'Fault diagnosis and maintenance', weight: 15 }] },
    ]);
  });

  it('cohort outcomes before and after the reform, side by side: alignment 7 of 22 (32%) then 13 of 16, dual-qualified 52% then 88%', async () => {
    const res = await hub.query<{ articulationAgreement: { cohortOutcomes: { before: Record<string, unknown>; after: Record<string, unknown> } } }>(OUTCOMES, {}, tokens.metro);
    expect(res.errors).toBeUndefined();
    const { before, after } = res.data!.articulationAgreement.cohortOutcomes;
    expect(before).toEqual({
      period: 'BEFORE', learners: 21, certified: 12, passRate: 12 / 21, graduates: 21, employed: 14, employmentRate: 14 / 21,
      alignment: { placements: 14, certificates: 22, aligned: 7, rate: 7 / 22 },
      overlap: { on: '2025-08-31', rate: 120 / 288, higherHours: 288, duplicatedHours: 120 },
      dualQualified: { year: 2024, teachers: 25, qualified: 13, ratio: 0.52 },
    });
    expect(after).toEqual({
      period: 'AFTER', learners: 42, certified: 25, passRate: 25 / 42, graduates: 0, employed: 0, employmentRate: null,
      alignment: { placements: 16, certificates: 16, aligned: 13, rate: 13 / 16 },
      overlap: { on: '2026-11-23', rate: 0.05, higherHours: 160, duplicatedHours: 8 },
      dualQualified: { year: 2025, teachers: 25, qualified: 22, ratio: 0.88 },
    });
  });

  it('compares learners with and without a training subsidy', async () => {
    const sides = async (subsidized: boolean) => (await hub.query<{ articulationAgreement: { cohortOutcomes: { before: { learners: number }; after: { learners: number } } } }>(OUTCOMES, { subsidized }, tokens.riverside)).data!.articulationAgreement.cohortOutcomes;
    const [yes, no] = [await sides(true), await sides(false)];
    expect(yes.before.learners + no.before.learners).toBe(21);
    expect(yes.after.learners + no.after.learners).toBe(42);
    expect(yes.before.learners).toBeGreaterThan(0);
  });

  it('cohort figures go to the agreement’s school and college and admins; others are refused without their learners’ certificates being read', async () => {
    const alignment = '{ articulationAgreement(id: "agr-net") { alignment(cohort: "2021") { placements certificates aligned rate } } }';
    for (const token of [tokens.admin, tokens.riverside]) {
      expect((await hub.query(alignment, {}, token)).data).toEqual({ articulationAgreement: { alignment: { placements: 14, certificates: 22, aligned: 7, rate: 7 / 22 } } });
    }
    for (const token of [tokens.hillview, tokens.tianyi, tokens.learner]) {
      const before = (await hub.audit.dataSource.query("SELECT COUNT(*) AS n FROM audit_entry WHERE parts LIKE 'CERTIFICATES%'"))[0].n;
      const res = await hub.query<{ articulationAgreement: { alignment: unknown } }>(alignment, {}, token);
      expect(res.data!.articulationAgreement.alignment).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await hub.audit.dataSource.query("SELECT COUNT(*) AS n FROM audit_entry WHERE parts LIKE 'CERTIFICATES%'"))[0].n).toBe(before);
    }
    expect((await hub.query(alignment)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the committee’s semester review lists each course with its mapping, duplicated hours and job relevance', async () => {
    const res = await hub.query<{ articulationAgreement: { semesterReview: { on: string; courses: { totalCount: number; nodes: { stage: string; courseCode: string; title: string; mappedHours: number; duplicatedHours: number; jobRelevance: number | null; certificates: { code: string }[] }[] }; overlap: { rate: number }; alignment: { rate: number } } } }>(
      '{ articulationAgreement(id: "agr-net") { semesterReview(term: "2024-2025-2") { on courses(first: 20) { totalCount nodes { stage courseCode title mappedHours duplicatedHours jobRelevance certificates { code } } } overlap { rate } alignment { rate } } } }', {}, tokens.metro,
    );
    expect(res.errors).toBeUndefined();
    const review = res.data!.articulationAgreement.semesterReview;
    expect([review.on, review.courses.totalCount, review.overlap.rate, review.alignment.rate]).toEqual(['2025-02-01', 10, 120 / 288, 20 / 38]);
    expect(review.courses.nodes.find((c) => c.courseCode === 'NET-H240')).toEqual({ stage: 'HIGHER', courseCode: 'NET-H240', title: '4G Network Optimization', mappedHours: 40, duplicatedHours: 0, jobRelevance: 1, certificates: [] });
    expect(review.courses.nodes.find((c) => c.courseCode === 'NET-S120')).toMatchObject({ stage: 'SECONDARY', mappedHours: 72, duplicatedHours: 32, certificates: [{ code: 'X-NED-1' }] });
  });

  it('a learner sees what their target job still needs and which courses cover it', async () => {
    const res = await hub.query<{ student: { careerTarget: { jobPosition: { title: string } }; careerGap: { jobPosition: { id: string }; missingCompetencies: { competency: { code: string }; certificates: { code: string }[] }[]; missingCertificates: { certificate: { code: string }; courses: { stage: string; courseCode: string; passed: boolean }[] }[] } } }>(
      '{ student(id: "GT202200001X") { careerTarget { jobPosition { title } } careerGap { jobPosition { id } missingCompetencies { competency { code } certificates { code } } missingCertificates { certificate { code } courses { stage courseCode passed } } } } }', {}, tokens.learner,
    );
    expect(res.errors).toBeUndefined();
    const { careerTarget, careerGap } = res.data!.student;
    expect(careerTarget.jobPosition.title).toBe('Network security engineer');
    expect(careerGap.jobPosition.id).toBe('jp-ty-sec');
    expect(careerGap.missingCompetencies.map((m) => m.competency.code)).toEqual(['NT-K3', 'NT-A1']);
    expect(careerGap.missingCertificates).toEqual([{ certificate: { code: 'X-NE-2' }, courses: [
      { stage: 'SECONDARY', courseCode: 'NET-S130', passed: true }, { stage: 'SECONDARY', courseCode: 'NET-S140', passed: true }, { stage: 'HIGHER', courseCode: 'NET-H201', passed: true },
    ] }]);
    const refused = await hub.query('{ student(id: "GT202200001X") { careerGap { jobPosition { id } } } }', {}, tokens.tianyi);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
