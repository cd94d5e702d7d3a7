/**
 * A learner's competency profile, radar view and module recommendations,
 * computed in the college from the evidence the gateway brings and the
 * college's own rows, on both databases.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { demoLearners } from './credit-fixtures.ts';
import { ConsentGrantEntity } from '../entities/consent-grant.ts';
import { AUTO_LEARNER, NET_LEARNER, admin, codeOf, learner, metro, openCollege, staff, tianyi, type College } from './harness.ts';
import { growthEvidence, MODULES, moduleProgress, withGrowth } from './growth-fixtures.ts';

const kinds = await databaseKinds();

const PROFILE = `query($r: [_Any!]!, $on: Date) { _entities(representations: $r) { ... on Student { id competencyProfile(on: $on) {
  asOf method framework { version } items(first: 100) { totalCount nodes { item { code } level met evidenceWeight evidence { kind source issuerId stage on score value weight } } }
} } } }`;
const RADAR = 'query($r: [_Any!]!, $on: Date) { _entities(representations: $r) { ... on Student { competencyRadar(on: $on) { asOf jobPosition { id } axes { kind attained required items requiredItems metRequiredItems } } } } }';
const RECOMMEND = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { moduleRecommendations(first: 5) { totalCount nodes { rank module { code } gapClosed gapUnlocked unlocks { code } covers { code } missingCovered { code } reason } } } } }';

interface Row { item: { code: string }; level: number; met: boolean; evidenceWeight: number; evidence: { kind: string; source: string; issuerId: string; stage: string | null; on: string; score: number | null; value: number; weight: number }[] }
type Profile = { _entities: { competencyProfile: { asOf: string; method: string; framework: { version: string }; items: { totalCount: number; nodes: Row[] } } | null }[] };

describe.each(kinds)('the competency profile, radar and module recommendations (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  const profileOf = async (representation: object, actor = metro, on = '2026-11-30') => {
    const res = await college.run<Profile>(actor, PROFILE, { r: [representation], on });
    expect(res.errors).toBeUndefined();
    return res.data!._entities[0].competencyProfile!;
  };

  it('gives each framework item a level from course results, module assessments and certificates across institutions, by hand', async () => {
    const profile = await profileOf(withGrowth(NET_LEARNER));
    expect(profile.asOf).toBe('2026-11-30');
    expect(profile.method).toContain('Σ v·w / Σ w');
    expect(profile.items.totalCount).toBe(12);
    const k1 = profile.items.nodes.find((n) => n.item.code === 'NT-K1')!;
    // NET-S101 83 (2022-2023-2, ends 2023-07-31), mapping 32 h to level 2 of 2: v = 0.83, w = 32.
    // X-NED-1-M1 assessed 45 (failed): v = 0, w = 16.
    // Certificate NED1-2024-000073 (85), unit NED-U1 weight 25 over NT-K1 and NT-K2: v = 0.85, w = 12.5.
    // NET-H201's mapping to NT-K1 ended 2025-08-31, before its result's term ended: none.
    // (26.56 + 0 + 10.625) / (32 + 16 + 12.5) = 37.185 / 60.5 = 0.614628… → 0.6146, met.
    expect(k1).toEqual({
      item: { code: 'NT-K1' }, level: 0.6146, met: true, evidenceWeight: 60.5,
      evidence: [
        { kind: 'COURSE_RESULT', source: 'NET-S101', issuerId: 'sch-riverside', stage: 'SECONDARY', on: '2023-07-31', score: 83, value: 0.83, weight: 32 },
        { kind: 'CERTIFICATE', source: 'NED1-2024-000073', issuerId: 'org-zhongxin', stage: null, on: '2024-06-20', score: 85, value: 0.85, weight: 12.5 },
        { kind: 'MODULE_ASSESSMENT', source: 'X-NED-1-M1', issuerId: 'sch-riverside', stage: 'SECONDARY', on: '2026-01-10', score: 45, value: 0, weight: 16 },
      ],
    });
    // NT-S5 (level 4): NET-H201 93 (2025-2026-2), the reform's mapping 72 h to level 4: v = 0.93 → 0.93.
    expect(profile.items.nodes.find((n) => n.item.code === 'NT-S5')).toMatchObject({ level: 0.93, met: true, evidenceWeight: 72 });
    // Every level is the weighted mean of the evidence listed with it.
    for (const row of profile.items.nodes) {
      const w = row.evidence.reduce((t, e) => t + e.weight, 0);
      expect(row.level).toBeCloseTo(w > 0 ? row.evidence.reduce((t, e) => t + e.value * e.weight, 0) / w : 0, 4);
    }
  });

  it('as of an earlier day counts only the evidence dated by then', async () => {
    const profile = await profileOf(withGrowth(NET_LEARNER), metro, '2024-06-30');
    const k1 = profile.items.nodes.find((n) => n.item.code === 'NT-K1')!;
    // (26.56 + 10.625) / (32 + 12.5) = 0.835617… → 0.8356.
    expect([k1.level, k1.evidence.map((e) => e.source)]).toEqual([0.8356, ['NET-S101', 'NED1-2024-000073']]);
  });

  it('the radar groups the profile by kind beside the target job: 1 for each essential requirement', async () => {
    const res = await college.run<{ _entities: { competencyRadar: { jobPosition: { id: string }; axes: { kind: string; required: number; items: number; requiredItems: number }[] } }[] }>(
      learner(NET_LEARNER), RADAR, { r: [withGrowth(NET_LEARNER)], on: '2026-11-30' },
    );
    expect(res.errors).toBeUndefined();
    const radar = res.data!._entities[0].competencyRadar;
    expect(radar.jobPosition.id).toBe('jp-ty-sec');
    // Network security engineer requires NT-K3, NT-S5 and NT-A1: one of 4 knowledge, 5 skill and 3 attitude items.
    expect(radar.axes.map((a) => [a.kind, a.required, a.items, a.requiredItems])).toEqual([['KNOWLEDGE', 0.25, 4, 1], ['SKILL', 0.2, 5, 1], ['ATTITUDE', 0.3333, 3, 1]]);
  });

  it('recommends the module that covers the missing skills once its prerequisite is passed, with the reason', async () => {
    const progress = { enrolments: [{ moduleCode: 'X-NE-2-M1', enrolledOn: '2025-09-01', startsOn: '2025-09-15' }], assessments: [{ moduleCode: 'X-NE-2-M1', score: 84, assessedOn: '2026-01-10' }] };
    const res = await college.run<{ _entities: { moduleRecommendations: { totalCount: number; nodes: unknown[] } }[] }>(metro, RECOMMEND, { r: [withGrowth(NET_LEARNER, growthEvidence(NET_LEARNER, progress))] });
    expect(res.errors).toBeUndefined();
    // Gaps: NT-S5 1 − 0.93 = 0.07, NT-K3 1 − 0 = 1, NT-A1 1 − 0 = 1; X-NE-2-M2 teaches all three: 2.07.
    expect(res.data!._entities[0].moduleRecommendations).toEqual({ totalCount: 1, nodes: [{
      rank: 1, module: { code: 'X-NE-2-M2' }, gapClosed: 2.07, gapUnlocked: 0, unlocks: [], covers: [{ code: 'NT-K3' }, { code: 'NT-S5' }, { code: 'NT-A1' }], missingCovered: [{ code: 'NT-K3' }, { code: 'NT-A1' }],
      reason: 'covers 2 of the 2 missing skills for Network security engineer (NT-K3, NT-A1); prerequisite X-NE-2-M1 met',
    }] });
  });

  it('recommends the prerequisite that unlocks the module covering the missing skills, when it closes no gap itself', async () => {
    // The demo's own progress of this learner: the school's X-NED-1 modules passed, no X-NE-2 module yet.
    const progress = {
      enrolments: [{ moduleCode: 'X-NED-1-M1', enrolledOn: '2023-09-04', startsOn: '2023-09-11' }, { moduleCode: 'X-NED-1-M2', enrolledOn: '2023-10-16', startsOn: '2023-10-23' }],
      assessments: [{ moduleCode: 'X-NED-1-M1', score: 94, assessedOn: '2023-10-23' }, { moduleCode: 'X-NED-1-M2', score: 85, assessedOn: '2023-12-04' }],
    };
    const res = await college.run<{ _entities: { moduleRecommendations: { totalCount: number; nodes: unknown[] } }[] }>(metro, RECOMMEND, { r: [withGrowth(NET_LEARNER, growthEvidence(NET_LEARNER, progress))] });
    expect(res.errors).toBeUndefined();
    // X-NE-2-M1 teaches NT-S2 and NT-K2, which Network security engineer does not require: it closes nothing itself.
    // It is X-NE-2-M2's only prerequisite: gapUnlocked = NT-S5 0.07 + NT-K3 1 + NT-A1 1 = 2.07. X-NE-2-M3 (NT-S4) closes nothing and unlocks nothing.
    expect(res.data!._entities[0].moduleRecommendations).toEqual({ totalCount: 1, nodes: [{
      rank: 1, module: { code: 'X-NE-2-M1' }, gapClosed: 0, gapUnlocked: 2.07, unlocks: [{ code: 'X-NE-2-M2' }], covers: [], missingCovered: [],
      reason: 'prerequisite of X-NE-2-M2, which covers 2 of the 2 missing skills for Network security engineer (NT-K3, NT-A1); no prerequisite',
    }] });
  });

  it('is refused, and null, for a caller who may not read the learner’s results', async () => {
    const res = await college.run<Profile>(tianyi, PROFILE, { r: [withGrowth(NET_LEARNER)], on: '2026-11-30' });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.data!._entities[0].competencyProfile).toBeNull();
  });

  it('consent for RESULTS alone is not enough: the certificates the profile rests on would be partial', async () => {
    const xinshang = staff('ENTERPRISE_STAFF', 'org-xinshang');
    await college.db.dataSource.getRepository(ConsentGrantEntity).insert({
      id: '0b7e6a52-7d0c-4f57-9d1a-3c1f00000014', studentId: NET_LEARNER, organizationId: 'org-xinshang', scopes: 'RESULTS', purpose: 'module recommendations',
      grantedAt: '2026-09-01T00:00:00.000Z', expiresAt: '2099-01-01T00:00:00.000Z', revokedAt: null, grantedBy: 'STUDENT', grantedBySubject: `student:${NET_LEARNER}`,
    });
    const res = await college.run<Profile>(xinshang, PROFILE, { r: [withGrowth(NET_LEARNER)], on: '2026-11-30' });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.data!._entities[0].competencyProfile).toBeNull();
  });

  it('is refused rather than computed on partial evidence', async () => {
    const res = await college.run<Profile>(metro, PROFILE, { r: [withGrowth(NET_LEARNER, { ...growthEvidence(NET_LEARNER), moduleFacts: null })], on: '2026-11-30' });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.data!._entities[0].competencyProfile).toBeNull();
  });

  it('is null for a learner whose agreement has no framework in force that day', async () => {
    const none = await profileOf(withGrowth(AUTO_LEARNER));
    expect(none).toBeNull();
    const before = await profileOf(withGrowth(NET_LEARNER), metro, '2021-08-31');
    expect(before).toBeNull();
  });

  it('never recommends a passed module, one in progress, or one whose prerequisite is not passed, for any demo learner', async () => {
    const learners = demoLearners();
    let recommended = 0;
    for (const salt of [0, 1, 2, 3, 4]) {
      const progress = new Map(learners.map((id) => [id, moduleProgress(id, salt)]));
      const res = await college.run<{ _entities: { id: string; moduleRecommendations: { nodes: { module: { code: string } }[] } | null }[] }>(
        admin, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id moduleRecommendations(first: 20) { nodes { module { code } } } } } }`,
        { r: learners.map((id) => withGrowth(id, growthEvidence(id, progress.get(id)))) },
      );
      expect(res.errors).toBeUndefined();
      for (const { id, moduleRecommendations } of res.data!._entities) {
        const { enrolments, assessments } = progress.get(id)!;
        const passed = new Set(assessments.filter((a) => a.score >= 60).map((a) => a.moduleCode));
        const assessed = new Set(assessments.map((a) => a.moduleCode));
        for (const { module } of moduleRecommendations?.nodes ?? []) {
          recommended += 1;
          expect(passed.has(module.code), `${id} was recommended ${module.code}, passed already`).toBe(false);
          expect(enrolments.some((e) => e.moduleCode === module.code && !assessed.has(e.moduleCode)), `${id}: ${module.code} is in progress`).toBe(false);
          const unmet = MODULES.find((m) => m.code === module.code)!.prerequisiteCodes.filter((p) => !passed.has(p));
          expect(unmet, `${id} was recommended ${module.code} without its prerequisite`).toEqual([]);
        }
      }
    }
    // The loop checked real recommendations, not empty lists.
    expect(recommended).toBeGreaterThan(learners.length);
  });

  it('costs the same number of SQL statements for 100 learners as for 10', async () => {
    const QUERY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Student {
      id competencyProfile { items(first: 100) { nodes { item { code kind } level evidence { source } } } } competencyRadar { axes { kind attained required } }
      moduleRecommendations(first: 5) { nodes { module { code } covers { code } reason } }
    } } }`;
    const measure = async (n: number) => {
      // Serials 1..n of the 2022 cohort: 63 of them on the registry, across the three pathways.
      const representations = Array.from({ length: n }, (_, i) => withGrowth(learnerId(2022, i + 1)));
      const before = college.db.statements.count;
      const res = await college.run<{ _entities: unknown[] }>(admin, QUERY, { r: representations });
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities).toHaveLength(n);
      return college.db.statements.count - before;
    };
    const ten = await measure(10);
    const most = await measure(63);
    const hundred = await measure(100);
    expect(ten).toBeGreaterThan(0);
    expect(most).toBe(ten);
    expect(hundred).toBe(ten);
  });
});
