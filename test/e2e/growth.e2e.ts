/**
 * The learner's growth across the federation, on the demo: the college
 * computes the competency profile, its radar view and the module
 * recommendations from the secondary's results and module records, the
 * enterprise's certificates and job requirements, and its own rows; one query
 * through the gateway brings them all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();
const LEARNER = learnerId(2023, 1); // Network Technology, aims at 5G base station engineer
const SECURITY_LEARNER = learnerId(2022, 1); // GT202200001X: Network Technology, aims at Network security engineer (jp-ty-sec)

// Page sizes are variables: the gateway's cost limit multiplies by a literal `first`, not by a variable.
const GROWTH = /* GraphQL */ `
  query($id: LearnerId!, $items: Int, $modules: Int) {
    student(id: $id) {
      competencyProfile(on: "2026-11-23") {
        asOf framework { version }
        items(first: $items) { totalCount nodes { item { code kind } level met evidenceWeight evidence { kind source issuerId stage on score value weight } } }
      }
      competencyRadar(on: "2026-11-23") { jobPosition { id title } axes { kind attained required items requiredItems metRequiredItems } }
      moduleRecommendations(first: $modules) { totalCount nodes { rank module { code title } gapClosed gapUnlocked unlocks { code } covers { code } missingCovered { code } reason } }
    }
  }
`;

interface Evidence { kind: string; source: string; issuerId: string; stage: string | null; on: string; score: number | null; value: number; weight: number }
interface Growth {
  student: {
    competencyProfile: { asOf: string; items: { totalCount: number; nodes: { item: { code: string }; level: number; met: boolean; evidenceWeight: number; evidence: Evidence[] }[] } } | null;
    competencyRadar: { jobPosition: { id: string; title: string } | null; axes: { kind: string; attained: number; required: number | null }[] } | null;
    moduleRecommendations: { totalCount: number; nodes: { rank: number; module: { code: string; title: string }; gapClosed: number; gapUnlocked: number; unlocks: { code: string }[]; covers: { code: string }[]; missingCovered: { code: string }[]; reason: string }[] } | null;
  };
}

const PROPERTY = /* GraphQL */ `
  query($first: Int, $after: String, $modules: Int, $rows: Int) {
    students(first: $first, after: $after) {
      pageInfo { endCursor hasNextPage }
      nodes {
        id
        moduleRecommendations(first: $modules) { nodes { module { code prerequisites { code } } } }
        moduleProgress(first: $rows) { nodes { module { code } status } }
        moduleAssessments(first: $rows) { nodes { module { code } score } }
      }
    }
  }
`;
interface Learner {
  id: string;
  moduleRecommendations: { nodes: { module: { code: string; prerequisites: { code: string }[] } }[] } | null;
  moduleProgress: { nodes: { module: { code: string }; status: string }[] } | null;
  moduleAssessments: { nodes: { module: { code: string }; score: number }[] } | null;
}

const ROSTER = `query($first: Int, $items: Int, $modules: Int) { students(filter: { agreementId: "agr-net" }, first: $first) { nodes {
  id competencyProfile { items(first: $items) { nodes { item { code } level evidence { source } } } }
  moduleRecommendations(first: $modules) { nodes { module { code } reason } }
} } }`;

describe.each(kinds)('the learner’s growth through the gateway (%s)', (kind) => {
  let hub: Hub;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    hub = await startHub(kind);
    tokens.admin = await hub.token({ role: 'ADMIN' });
    tokens.learner = await hub.token({ role: 'STUDENT', student: LEARNER });
    tokens.tianyi = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-tianyi' });
  });
  afterAll(() => hub?.stop());

  it('brings the profile, the radar and the recommendations in one query, from the school, the college and the enterprise', async () => {
    const res = await hub.query<Growth>(GROWTH, { id: LEARNER, items: 50, modules: 5 }, tokens.learner);
    expect(res.errors).toBeUndefined();
    const { competencyProfile, competencyRadar, moduleRecommendations } = res.data!.student;
    expect(competencyProfile!.asOf).toBe('2026-11-23');
    expect(competencyProfile!.items.totalCount).toBe(12);
    const evidence = competencyProfile!.items.nodes.flatMap((n) => n.evidence);
    // Secondary results and module assessments (school), certificates (enterprise's issuer), each with its date.
    expect(new Set(evidence.map((e) => `${e.kind} ${e.issuerId}`))).toEqual(new Set(['COURSE_RESULT sch-riverside', 'MODULE_ASSESSMENT sch-riverside', 'CERTIFICATE org-zhongxin']));
    for (const row of competencyProfile!.items.nodes) {
      const weight = row.evidence.reduce((t, e) => t + e.weight, 0);
      const level = weight > 0 ? row.evidence.reduce((t, e) => t + e.value * e.weight, 0) / weight : 0;
      expect(row.level).toBeCloseTo(level, 4);
      expect(row.met).toBe(level >= 0.6);
      expect(row.evidence.every((e) => e.on <= '2026-11-23')).toBe(true);
    }
    // The enterprise's job: 5G base station engineer requires NT-K4 (essential) and NT-S2 (optional, 0.5).
    expect(competencyRadar!.jobPosition).toEqual({ id: 'jp-ty-5g', title: '5G base station engineer' });
    expect(competencyRadar!.axes.map((a) => [a.kind, a.required])).toEqual([['KNOWLEDGE', 0.25], ['SKILL', 0.1], ['ATTITUDE', 0]]);
    // NT-K4 is taught by no module: only X-NE-2-M1 closes a gap, NT-S2's 0.5 − level.
    const s2 = competencyProfile!.items.nodes.find((n) => n.item.code === 'NT-S2')!;
    expect(moduleRecommendations).toEqual({ totalCount: 1, nodes: [{
      rank: 1, module: { code: 'X-NE-2-M1', title: 'Routing and switching' }, gapClosed: Math.round((0.5 - s2.level) * 1e4) / 1e4, gapUnlocked: 0, unlocks: [], covers: [{ code: 'NT-S2' }], missingCovered: [],
      reason: 'raises 1 competency required for 5G base station engineer (NT-S2); no prerequisite',
    }] });
  });

  it('recommends the demo learner aiming at Network security engineer the prerequisite that unlocks the module closing their gaps', async () => {
    // GT202200001X has passed the school's X-NED-1 modules and no X-NE-2 module; X-NE-2-M2 needs X-NE-2-M1.
    const res = await hub.query<{ student: {
      competencyProfile: { items: { nodes: { item: { code: string }; level: number }[] } };
      moduleRecommendations: { totalCount: number; nodes: { rank: number; module: { code: string }; gapClosed: number; gapUnlocked: number; unlocks: { code: string }[]; covers: { code: string }[]; reason: string }[] };
    } }>(`query($id: LearnerId!, $items: Int, $modules: Int) { student(id: $id) {
      competencyProfile { items(first: $items) { nodes { item { code } level } } }
      moduleRecommendations(first: $modules) { totalCount nodes { rank module { code } gapClosed gapUnlocked unlocks { code } covers { code } reason } }
    } }`, { id: SECURITY_LEARNER, items: 50, modules: 5 }, tokens.admin);
    expect(res.errors).toBeUndefined();
    const { competencyProfile, moduleRecommendations } = res.data!.student;
    // Network security engineer requires NT-S5, NT-K3 and NT-A1, all essential: X-NE-2-M2 teaches all three; X-NE-2-M1 (NT-S2, NT-K2, NT-K1) none.
    // By hand: NT-S5 0.93 (NET-H201, 93), met; NT-K3 and NT-A1 without evidence, 0: gaps 0.07 + 1 + 1 = 2.07; missing NT-K3 and NT-A1.
    const levels = new Map(competencyProfile.items.nodes.map((n) => [n.item.code, n.level]));
    expect([levels.get('NT-S5'), levels.get('NT-K3'), levels.get('NT-A1')]).toEqual([0.93, 0, 0]);
    expect(moduleRecommendations.nodes[0]).toEqual({
      rank: 1, module: { code: 'X-NE-2-M1' }, gapClosed: 0, gapUnlocked: 2.07, unlocks: [{ code: 'X-NE-2-M2' }], covers: [],
      reason: 'prerequisite of X-NE-2-M2, which covers 2 of the 2 missing skills for Network security engineer (NT-K3, NT-A1); no prerequisite',
    });
    // Its prerequisite unmet, X-NE-2-M2 itself is never recommended.
    expect(moduleRecommendations.nodes.map((n) => n.module.code)).not.toContain('X-NE-2-M2');
  });

  it('is refused to a caller who may not read the learner’s results', async () => {
    const res = await hub.query<Growth>(GROWTH, { id: LEARNER, items: 50, modules: 5 }, tokens.tianyi);
    expect(res.errors?.some((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(res.data?.student).toEqual({ competencyProfile: null, competencyRadar: null, moduleRecommendations: null });
  });

  it('never recommends a passed module, one in progress, or one whose prerequisite is not passed, for any demo learner', async () => {
    let after: string | null = null;
    let learners = 0;
    let recommended = 0;
    do {
      const res: Awaited<ReturnType<typeof hub.query<{ students: { pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: Learner[] } }>>> =
        await hub.query(PROPERTY, { first: 50, after, modules: 20, rows: 100 }, tokens.admin);
      expect(res.errors).toBeUndefined();
      for (const learner of res.data!.students.nodes) {
        learners += 1;
        const passed = new Set((learner.moduleAssessments?.nodes ?? []).filter((a) => a.score >= 60).map((a) => a.module.code));
        const inProgress = new Set((learner.moduleProgress?.nodes ?? []).filter((p) => p.status === 'ENROLLED' || p.status === 'IN_PROGRESS').map((p) => p.module.code));
        for (const { module } of learner.moduleRecommendations?.nodes ?? []) {
          recommended += 1;
          expect(passed.has(module.code), `${learner.id}: ${module.code} passed already`).toBe(false);
          expect(inProgress.has(module.code), `${learner.id}: ${module.code} in progress`).toBe(false);
          expect(module.prerequisites.filter((p) => !passed.has(p.code)), `${learner.id}: ${module.code} without its prerequisite`).toEqual([]);
        }
      }
      after = res.data!.students.pageInfo.hasNextPage ? res.data!.students.pageInfo.endCursor : null;
    } while (after);
    expect(learners).toBeGreaterThan(300);
    expect(recommended).toBeGreaterThan(0);
  });

  it('a roster page of profiles and recommendations costs the same SQL statements for 10 learners as for 100', async () => {
    const cost = async (first: number) => {
      const before = hub.statementCount();
      const res = await hub.query<{ students: { nodes: unknown[] } }>(ROSTER, { first, items: 50, modules: 5 }, tokens.admin);
      expect(res.errors).toBeUndefined();
      expect(res.data!.students.nodes).toHaveLength(first);
      return hub.statementCount() - before;
    };
    // Every learner of both pages aims at a job, so the job's title and requirements are read on both.
    const college = hub.databases.college.dataSource;
    const targeted = new Set((await college.getRepository('CareerTarget').find() as { studentId: string }[]).map((t) => t.studentId));
    const learners = (await college.getRepository('Pathway').findBy({ agreementId: 'agr-net' }) as { studentId: string }[]).filter((p) => !targeted.has(p.studentId));
    await college.getRepository('CareerTarget').insert(learners.map((p) => ({ studentId: p.studentId, jobPositionId: 'jp-ty-sec', setByRole: 'ADMIN', setBy: 'fixture', setAt: '2026-10-01T00:00:00.000Z' })));
    await cost(5); // warm-up
    const ten = await cost(10);
    const hundred = await cost(100);
    console.log(`[${kind}] profiles and recommendations: 10 learners ${ten} statements, 100 learners ${hundred}`);
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
  });
});
