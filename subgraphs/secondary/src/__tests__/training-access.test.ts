import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@guantong/shared/identity';
import type { ActiveGrant, RecordPart } from '@guantong/shared/policy';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { EC_LEARNER, callers, openHarness, studentRef, type Harness } from './harness.ts';
import { TRAINING, ecLearners, type TrainingView } from './training-fixtures.ts';

const kinds = await databaseKinds();
const PURPOSE = 'internship placement';
const grant = (scopes: RecordPart[]): ActiveGrant => ({ organizationId: 'org-huadong', scopes, purpose: PURPOSE });
const FIELDS = 'RESULTS:examEligibility,RESULTS:moduleAssessments,RESULTS:moduleCredits';

describe.each(kinds)('who reads a learner’s module assessments, credits and exam eligibility (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const read = async (actor: Actor, ref: object = studentRef(EC_LEARNER, ['sch-hillview', 'col-metro'])) => {
    const { data, errors, audit } = await hub.runAudited<{ _entities: TrainingView[] }>(actor, TRAINING, { r: [ref], standard: 'X-OSOP-1' });
    const codes = (errors ?? []).map((e) => `${String(e.path?.at(-1))}:${String(e.extensions?.code)}`).sort();
    return { student: data!._entities[0]!, codes, audit };
  };
  const nothing = { id: EC_LEARNER, moduleCredits: null, moduleAssessments: null, examEligibility: null };

  it.each([
    ['the learner’s school', callers.hillview, 'relationship'],
    ['the partner college on the pathway', callers.metroCollege, 'relationship'],
    ['the learner', callers.learner(EC_LEARNER), 'own record'],
    ['their guardian', callers.guardian(EC_LEARNER), 'guardian'],
    ['an administrator', callers.admin, 'administration'],
  ])('%s reads them, and the read is audited', async (_who, actor, basis) => {
    const { student, codes, audit } = await read(actor);
    expect(codes).toEqual([]);
    expect(student.moduleCredits).toBe(10);
    expect(student.moduleAssessments?.nodes).toHaveLength(5);
    expect(student.examEligibility).toMatchObject({ registered: true });
    expect(audit).toMatchObject([{ studentId: EC_LEARNER, service: 'secondary', outcome: 'ALLOWED', reason: basis, parts: FIELDS }]);
  });

  it('an enterprise with the learner’s RESULTS consent reads them, audited with the grant’s purpose', async () => {
    const { student, codes, audit } = await read(callers.huadong, studentRef(EC_LEARNER, ['sch-hillview', 'col-metro'], [grant(['RESULTS'])]));
    expect(codes).toEqual([]);
    expect(student.moduleCredits).toBe(10);
    expect(audit).toMatchObject([{ organizationId: 'org-huadong', outcome: 'ALLOWED', reason: 'consent', purpose: PURPOSE, parts: FIELDS }]);
  });

  it.each([
    ['an enterprise with only IDENTITY consent', callers.huadong, [grant(['IDENTITY'])], 'FORBIDDEN'],
    ['an enterprise with no consent', callers.huadong, [], 'FORBIDDEN'],
    ['another school', callers.riverside, [], 'FORBIDDEN'],
    ['another learner', callers.learner(learnerId(2022, 1)), [], 'FORBIDDEN'],
    ['an anonymous caller', callers.anonymous, [], 'UNAUTHENTICATED'],
  ])('%s is refused each field, and the refusal is audited', async (_who, actor, grants, code) => {
    const { student, codes, audit } = await read(actor, studentRef(EC_LEARNER, ['sch-hillview', 'col-metro'], grants));
    expect(student).toEqual(nothing);
    expect(codes).toEqual([`examEligibility:${code}`, `moduleAssessments:${code}`, `moduleCredits:${code}`]);
    expect(audit).toMatchObject([{ studentId: EC_LEARNER, outcome: 'DENIED', parts: FIELDS }]);
  });

  it('a learner not enrolled here has no training record: null, no error, nothing audited', async () => {
    const nobody = learnerId(2030, 1);
    const { student, codes, audit } = await read(callers.admin, studentRef(nobody, []));
    expect(student).toEqual({ ...nothing, id: nobody });
    expect(codes).toEqual([]);
    expect(audit).toEqual([]);
  });

  it('a malformed standard code in examEligibility is BAD_USER_INPUT for that field only', async () => {
    const { data, errors } = await hub.run<{ _entities: TrainingView[] }>(callers.hillview, TRAINING, { r: [studentRef(EC_LEARNER)], standard: 'osop' });
    expect(data!._entities[0]!.moduleCredits).toBe(10);
    expect(errors?.map((e) => [e.path?.at(-1), e.extensions?.code])).toEqual([['examEligibility', 'BAD_USER_INPUT']]);
  });

  it('costs the same number of SQL statements for 100 learners as for 10', async () => {
    const query = /* GraphQL */ `
      query($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on Student { id moduleCredits
            moduleAssessments { nodes { module { code title credits } score passed creditsEarned assessedOn } }
            osop: examEligibility(standardCode: "X-OSOP-1") { eligible bestPreliminaryScore threshold modulesPassed modulesTotal registered reasons }
            ned: examEligibility(standardCode: "X-NED-1") { eligible threshold modulesTotal reasons } }
        }
      }
    `;
    const statementsFor = async (count: number) => {
      const refs = ecLearners.slice(0, count).map((id) => studentRef(id, ['col-metro'], []));
      const before = hub.db.statements.count;
      const { data, errors } = await hub.run<{ _entities: TrainingView[] }>(callers.admin, query, { r: refs });
      expect(errors).toBeUndefined();
      expect(data!._entities.filter((s) => s.moduleCredits !== null)).toHaveLength(count);
      return hub.db.statements.count - before;
    };
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    expect(ten).toBeGreaterThan(0);
    expect(hundred).toBe(ten);
  });
});
