/**
 * A learner's growth in one query through the gateway: the competency
 * profile and its radar (college, from results the secondary holds and
 * certificates the enterprise holds), the modules recommended next, and the
 * latest learning report (secondary). The query plan visits at least three
 * subgraphs, and the operation is within the gateway's cost limit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { armorConfig } from '@guantong/gateway/limits';
import { startHub, type Hub } from '../helpers/hub.ts';
import { root } from '../helpers/spawned-hub.ts';

const kinds = await databaseKinds();
const LEARNER = learnerId(2023, 1); // Network Technology, aims at 5G base station engineer; four X-NED-1 modules passed
const JOB = '5G base station engineer';

/** The README's example, as an integrator would send it. */
export const GROWTH_IN_ONE_QUERY = /* GraphQL */ `
  query LearnerGrowthInOneQuery($id: LearnerId!) {
    student(id: $id) {
      id name
      competencyProfile { asOf framework { title version }
        items(first: 20) { totalCount nodes { level met item { code kind } evidence { kind source issuerId on value weight } } } }
      competencyRadar { asOf jobPosition { title } axes { kind attained required items requiredItems metRequiredItems } }
      moduleRecommendations(first: 3) { totalCount nodes { rank gapClosed reason module { code title } } }
      latestLearningReport { asOf score passed module { code title } cohort { learners percentile }
        remainingGaps { level essential item { code } } suggestions { kind text } examGate { text } }
    }
  }
`;

interface Evidence { kind: string; source: string; issuerId: string; on: string; value: number; weight: number }
interface Attainment { level: number; met: boolean; item: { code: string; kind: string }; evidence: Evidence[] }
interface Axis { kind: string; attained: number; required: number | null; items: number; requiredItems: number; metRequiredItems: number }
interface Growth {
  student: {
    competencyProfile: { asOf: string; items: { totalCount: number; nodes: Attainment[] } };
    competencyRadar: { asOf: string; jobPosition: { title: string } | null; axes: Axis[] };
    moduleRecommendations: { totalCount: number; nodes: { rank: number; gapClosed: number; reason: string; module: { code: string } }[] };
    latestLearningReport: { asOf: string; score: number; module: { code: string }; suggestions: { kind: string; text: string }[]; examGate: { text: string } } | null;
  };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe('the one-query growth example, before any subgraph is asked', () => {
  it('is valid against the published API and within the gateway\'s depth and cost limits', () => {
    const schema = buildSchema(fs.readFileSync(path.join(root, 'gateway/api-schema.graphql'), 'utf8'));
    const rules = [...specifiedRules, ...new ApolloArmor(armorConfig).protect().validationRules];
    expect(validate(schema, parse(GROWTH_IN_ONE_QUERY), rules as never).map((e) => e.message)).toEqual([]);
  });
});

describe.each(kinds)('a learner\'s growth in one query (%s)', (kind) => {
  let hub: Hub;
  let college: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    college = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
  });
  afterAll(() => hub?.stop());

  it('returns the profile, the radar, the recommendations and the latest report, from at least three subgraphs', async () => {
    const before = { ...hub.gateway.fetchCounts };
    const res = await hub.query<Growth>(GROWTH_IN_ONE_QUERY, { id: LEARNER }, college);
    expect(res.errors).toBeUndefined();
    const touched = Object.keys(hub.gateway.fetchCounts).filter((name) => (hub.gateway.fetchCounts[name] ?? 0) > (before[name] ?? 0));
    expect(touched.sort()).toEqual(['college', 'enterprise', 'secondary']);
    const plan = hub.gateway.lastQueryPlan() ?? '';
    expect(new Set([...plan.matchAll(/Fetch\(service: "(\w+)"\)/g)].map((m) => m[1])).size).toBeGreaterThanOrEqual(3);

    const { competencyProfile: profile, competencyRadar: radar, moduleRecommendations: recommendations, latestLearningReport: report } = res.data!.student;
    const items = profile.items.nodes;
    expect(items).toHaveLength(profile.items.totalCount);
    // Evidence from both stages' institutions and the certificate's issuer.
    const kinds = new Set(items.flatMap((a) => a.evidence.map((e) => e.kind)));
    expect(kinds).toEqual(new Set(['COURSE_RESULT', 'MODULE_ASSESSMENT', 'CERTIFICATE']));
    for (const a of items) {
      expect(a.level).toBeGreaterThanOrEqual(0);
      expect(a.level).toBeLessThanOrEqual(1);
      expect(a.met).toBe(a.level >= 0.6);
    }
    // The radar is the profile grouped by kind: each axis the mean level of its items.
    expect(radar.asOf).toBe(profile.asOf);
    expect(radar.jobPosition?.title).toBe(JOB);
    expect(radar.axes.map((a) => a.kind)).toEqual(['KNOWLEDGE', 'SKILL', 'ATTITUDE'].filter((k) => items.some((a) => a.item.kind === k)));
    for (const axis of radar.axes) {
      const levels = items.filter((a) => a.item.kind === axis.kind).map((a) => a.level);
      expect(axis.items).toBe(levels.length);
      expect(axis.attained).toBeCloseTo(mean(levels), 3);
      expect(axis.required).not.toBeNull();
    }
    expect(recommendations.nodes.map((r) => r.rank)).toEqual(recommendations.nodes.map((_r, i) => i + 1));
    expect(recommendations.nodes.length).toBeGreaterThan(0);
    for (const r of recommendations.nodes) expect(r.reason).toContain(JOB);
    expect(report).not.toBeNull();
    expect(report!.module.code).toMatch(/^X-NED-1-M\d$/);
    expect(report!.asOf <= radar.asOf).toBe(true);
    expect(report!.examGate.text).not.toBe('');
  });
});
