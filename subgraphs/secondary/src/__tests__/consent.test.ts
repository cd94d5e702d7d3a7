import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { demoRoster } from '@guantong/shared/demo';
import type { ActiveGrant, RecordPart } from '@guantong/shared/policy';
import { maskNationalId } from '../identity/national-id.ts';
import { NET_LEARNER, callers, openHarness, studentRef, type Harness } from './harness.ts';

const kinds = await databaseKinds();
const learner = demoRoster().students.find((s) => s.id === NET_LEARNER)!;

const RECORD = /* GraphQL */ `
  query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id name nationalId secondaryStage { program { code } } } } }
`;
interface View { id: string; name: string | null; nationalId: string | null; secondaryStage: { program: { code: string } } | null }

const PURPOSE = 'recruitment screening';
const grant = (scopes: RecordPart[], organizationId = 'org-huadong'): ActiveGrant => ({ organizationId, scopes, purpose: PURPOSE });
/** The learner as the gateway presents them, with the grants in force now: Huadong is not on the pathway. */
const withGrants = (...grants: ActiveGrant[]) => studentRef(NET_LEARNER, ['sch-riverside', 'col-metro'], grants);

describe.each(kinds)('an enterprise reads a learner’s record only with their consent (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const read = async (ref: object) => {
    const { data, errors, audit } = await hub.runAudited<{ _entities: View[] }>(callers.huadong, RECORD, { r: [ref] });
    const refused = (errors ?? []).map((e) => `${String(e.path?.at(-1))}:${String(e.extensions?.code)}`).sort();
    return { student: data!._entities[0]!, refused, audit };
  };

  it('with an IDENTITY grant it reads the name and the masked national ID, but not the results', async () => {
    const { student, refused, audit } = await read(withGrants(grant(['IDENTITY'])));
    expect(student).toEqual({ id: NET_LEARNER, name: learner.name, nationalId: maskNationalId(learner.nationalId), secondaryStage: null });
    expect(refused).toEqual(['secondaryStage:FORBIDDEN']);
    expect(audit).toHaveLength(2);
    expect(audit).toContainEqual(expect.objectContaining({
      studentId: NET_LEARNER, actorRole: 'ENTERPRISE_STAFF', organizationId: 'org-huadong', outcome: 'ALLOWED', reason: 'consent', purpose: PURPOSE, parts: 'IDENTITY:name,IDENTITY:nationalId',
    }));
    expect(audit).toContainEqual(expect.objectContaining({ outcome: 'DENIED', parts: 'RESULTS:secondaryStage', purpose: null }));
  });

  it('with IDENTITY and RESULTS granted it reads the secondary stage too', async () => {
    const { student, refused, audit } = await read(withGrants(grant(['IDENTITY', 'RESULTS'])));
    expect(refused).toEqual([]);
    expect(student.secondaryStage).toEqual({ program: { code: 'SEC-NET' } });
    expect(audit).toMatchObject([{ outcome: 'ALLOWED', reason: 'consent', parts: 'IDENTITY:name,IDENTITY:nationalId,RESULTS:secondaryStage' }]);
  });

  it('with only RESULTS granted it reads the results, but not who the learner is', async () => {
    const { student, refused } = await read(withGrants(grant(['RESULTS'])));
    expect(student).toEqual({ id: NET_LEARNER, name: null, nationalId: null, secondaryStage: { program: { code: 'SEC-NET' } } });
    expect(refused).toEqual(['name:FORBIDDEN', 'nationalId:FORBIDDEN']);
  });

  it.each([
    ['no grant at all', withGrants()],
    ['grants to other organisations only', withGrants(grant(['IDENTITY', 'RESULTS'], 'org-other'), grant(['IDENTITY'], 'col-metro'))],
    ['only a CERTIFICATES grant', withGrants(grant(['CERTIFICATES']))],
    ['a representation that carries no grants', { __typename: 'Student', id: NET_LEARNER, pathwayOrganizationIds: ['sch-riverside', 'col-metro'] }],
  ])('with %s it is refused everything, and the refusal is audited', async (_case, ref) => {
    const { student, refused, audit } = await read(ref);
    expect(student).toEqual({ id: NET_LEARNER, name: null, nationalId: null, secondaryStage: null });
    expect(refused).toEqual(['name:FORBIDDEN', 'nationalId:FORBIDDEN', 'secondaryStage:FORBIDDEN']);
    expect([...audit].sort((a, b) => a.parts.localeCompare(b.parts))).toMatchObject([
      { studentId: NET_LEARNER, outcome: 'DENIED', parts: 'IDENTITY:name,IDENTITY:nationalId', reason: expect.stringMatching(/consent for IDENTITY/) },
      { studentId: NET_LEARNER, outcome: 'DENIED', parts: 'RESULTS:secondaryStage', reason: expect.stringMatching(/consent for RESULTS/) },
    ]);
  });

  it('once the grant is gone from the representation (revoked or expired), the next request is refused', async () => {
    expect((await read(withGrants(grant(['IDENTITY'])))).student.name).toBe(learner.name);
    expect((await read(withGrants())).student.name).toBeNull();
  });
});
