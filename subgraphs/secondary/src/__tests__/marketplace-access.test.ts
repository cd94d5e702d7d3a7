import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@guantong/shared/identity';
import type { ActiveGrant, RecordPart } from '@guantong/shared/policy';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { callers, openHarness, studentRef, type Harness } from './harness.ts';
import { ecLearners } from './training-fixtures.ts';

const kinds = await databaseKinds();
/** A Network Technology learner of 2024 at Riverside: module enrolments, assessments and reports in the demo. */
const NET_2024 = learnerId(2024, 1);
const PATHWAY = ['sch-riverside', 'col-metro'];
const grant = (scopes: RecordPart[]): ActiveGrant => ({ organizationId: 'org-huadong', scopes, purpose: 'internship placement' });
const FIELDS = 'RESULTS:latestLearningReport,RESULTS:learningReports,RESULTS:moduleProgress';

const GROWTH = /* GraphQL */ `
  query($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Student { id
        moduleProgress(first: 50) { totalCount nodes { module { code providerId hours competencies { item { id } hours targetLevel } prerequisites { code } } status enrolledOn startsOn attempts bestScore lastAssessedOn passedOn } }
        learningReports(first: 50) { totalCount nodes { id asOf score } }
        latestLearningReport { id asOf module { code } assessment { score assessedOn } score passed cohort { cohort schoolId learners mean percentile bands { from to learners } }
          competenciesGained { item { id } before after } jobPosition { id } remainingGaps { item { id } level essential }
          suggestions { kind module { code } text } examGate { standardCode modulesPassed modulesTotal allModulesPassed threshold text } printableHtml }
      }
    }
  }
`;

interface GrowthView {
  id: string;
  moduleProgress: { totalCount: number; nodes: { module: { code: string }; status: string; attempts: number; bestScore: number | null }[] } | null;
  learningReports: { totalCount: number; nodes: { id: string; asOf: string; score: number }[] } | null;
  latestLearningReport: { asOf: string; score: number; assessment: { score: number; assessedOn: string }; cohort: { learners: number; bands: { learners: number }[] }; printableHtml: string } | null;
}

describe.each(kinds)('who reads a learner’s module progress and learning reports (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const read = async (actor: Actor, ref: object = studentRef(NET_2024, PATHWAY)) => {
    const { data, errors, audit } = await hub.runAudited<{ _entities: GrowthView[] }>(actor, GROWTH, { r: [ref] });
    const codes = (errors ?? []).map((e) => `${String(e.path?.at(-1))}:${String(e.extensions?.code)}`).sort();
    return { student: data!._entities[0]!, codes, audit };
  };

  it.each([
    ['the learner’s school', callers.riverside, 'relationship'],
    ['the partner college on the pathway', callers.metroCollege, 'relationship'],
    ['the learner', callers.learner(NET_2024), 'own record'],
    ['their guardian', callers.guardian(NET_2024), 'guardian'],
    ['an administrator', callers.admin, 'administration'],
  ])('%s reads them, and the read is audited', async (_who, actor, basis) => {
    const { student, codes, audit } = await read(actor);
    expect(codes).toEqual([]);
    const assessed = student.moduleProgress!.nodes.filter((p) => p.attempts > 0);
    expect(assessed.length).toBeGreaterThan(0);
    expect(student.learningReports!.totalCount).toBe(assessed.reduce((n, p) => n + p.attempts, 0));
    const newest = [...student.learningReports!.nodes].sort((a, b) => (a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0))[0]!;
    expect(student.latestLearningReport).toMatchObject({ asOf: newest.asOf, score: newest.score, assessment: { assessedOn: newest.asOf } });
    const { cohort, printableHtml } = student.latestLearningReport!;
    expect(cohort.bands.reduce((n, b) => n + b.learners, 0)).toBe(cohort.learners);
    expect(printableHtml).toMatch(/^<!DOCTYPE html>[\s\S]*<svg [\s\S]*<\/svg>[\s\S]*<\/html>$/);
    expect(audit).toMatchObject([{ studentId: NET_2024, service: 'secondary', outcome: 'ALLOWED', reason: basis, parts: FIELDS }]);
  });

  it('an enterprise with the learner’s RESULTS consent reads them', async () => {
    const { student, codes } = await read(callers.huadong, studentRef(NET_2024, PATHWAY, [grant(['RESULTS'])]));
    expect(codes).toEqual([]);
    expect(student.latestLearningReport).not.toBeNull();
  });

  it.each([
    ['an enterprise with only IDENTITY consent', callers.huadong, [grant(['IDENTITY'])], 'FORBIDDEN'],
    ['an enterprise with no consent', callers.huadong, [], 'FORBIDDEN'],
    ['another school', callers.hillview, [], 'FORBIDDEN'],
    ['another learner', callers.learner(learnerId(2024, 2)), [], 'FORBIDDEN'],
    ['an anonymous caller', callers.anonymous, [], 'UNAUTHENTICATED'],
  ])('%s is refused each field, and the refusal is audited', async (_who, actor, grants, code) => {
    const { student, codes, audit } = await read(actor, studentRef(NET_2024, PATHWAY, grants));
    expect(student).toEqual({ id: NET_2024, moduleProgress: null, learningReports: null, latestLearningReport: null });
    expect(codes).toEqual([`latestLearningReport:${code}`, `learningReports:${code}`, `moduleProgress:${code}`]);
    expect(audit).toMatchObject([{ studentId: NET_2024, outcome: 'DENIED', parts: FIELDS }]);
  });

  it('a report read by id follows the same rules: the school reads it, another school is refused', async () => {
    const { student } = await read(callers.riverside);
    const id = student.learningReports!.nodes[0]!.id;
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on LearningReport { id score } } }';
    const own = await hub.run<{ _entities: ({ id: string } | null)[] }>(callers.riverside, query, { r: [{ __typename: 'LearningReport', id }] });
    expect(own.errors).toBeUndefined();
    expect(own.data!._entities[0]).toMatchObject({ id });
    const other = await hub.run(callers.hillview, query, { r: [{ __typename: 'LearningReport', id }] });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('costs the same number of SQL statements for 100 learners as for 10', async () => {
    const statementsFor = async (count: number) => {
      const refs = ecLearners.slice(0, count).map((id) => studentRef(id, ['col-metro'], []));
      const before = hub.db.statements.count;
      const { data, errors } = await hub.run<{ _entities: GrowthView[] }>(callers.admin, GROWTH, { r: refs });
      expect(errors).toBeUndefined();
      expect(data!._entities.filter((s) => s.latestLearningReport !== null).length).toBeGreaterThan(count / 2);
      return hub.db.statements.count - before;
    };
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
  });
});
