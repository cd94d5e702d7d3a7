import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { databaseKinds } from '@guantong/shared/testing';
import { operationHash, signGatewayToken } from '@guantong/shared/identity';
import { gatewayKeyOf, strangerKey } from '../helpers/keys.ts';
import { post, startHub, type Hub } from '../helpers/hub.ts';
import { FIVE_YEAR_RECORD, STUDENTS } from '../helpers/operations.ts';

const kinds = await databaseKinds();
const NET_LEARNER = 'GT202200001X'; // Riverside → Metro, Network Technology
const EC_LEARNER = 'GT2022000028'; // Hillview → Metro, E-commerce

describe.each(kinds)('who may read and write what (%s)', (kind) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(kind);
  });
  afterAll(() => hub?.stop());

  const nameOf = async (id: string, token?: string) => hub.query<{ student: { id: string; name: string } | null }>('query($id: LearnerId!) { student(id: $id) { id name } }', { id }, token);

  it('a secondary school reads learners on its own pathways', async () => {
    const riverside = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
    const res = await hub.query(FIVE_YEAR_RECORD, { id: NET_LEARNER }, riverside);
    expect(res.errors).toBeUndefined();
  });

  it('a secondary school is refused a learner on another school’s pathway', async () => {
    const riverside = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
    const res = await nameOf(EC_LEARNER, riverside);
    expect(res.data?.student).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a learner reads their own record and no one else’s', async () => {
    const me = await hub.token({ role: 'STUDENT', student: NET_LEARNER });
    expect((await hub.query(FIVE_YEAR_RECORD, { id: NET_LEARNER }, me)).errors).toBeUndefined();
    const other = await nameOf(EC_LEARNER, me);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('an anonymous caller reads no learner record', async () => {
    const res = await nameOf(NET_LEARNER);
    expect(res.data?.student).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an enterprise without a pathway relationship sees no learner record', async () => {
    const enterprise = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-huadong' });
    const res = await nameOf(NET_LEARNER, enterprise);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a school’s list of learners holds only its own, without errors', async () => {
    const hillview = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-hillview' });
    const res = await hub.query<{ students: { totalCount: number; nodes: { id: string }[] } }>(STUDENTS, { first: 100 }, hillview);
    expect(res.errors).toBeUndefined();
    expect(res.data!.students.totalCount).toBe(210);
    const riverside = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
    const other = await hub.query<{ students: { totalCount: number } }>(STUDENTS, { first: 100 }, riverside);
    expect(other.data!.students.totalCount).toBe(105);
  });

  it('a secondary school cannot record results in a college course', async () => {
    const school = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
    const res = await hub.query(
      'mutation($input: RecordResultInput!) { recordCollegeResult(input: $input) { score } }',
      { input: { studentId: NET_LEARNER, courseCode: 'NET-H220', term: '2026-2027-1', score: 80 } },
      school,
    );
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await hub.token({ role: 'ADMIN' });
    const record = await hub.query<{ student: { higherStage: { results: { nodes: { course: { code: string } }[] } } } }>(FIVE_YEAR_RECORD, { id: NET_LEARNER }, admin);
    expect(record.data!.student.higherStage.results.nodes.map((r) => r.course.code)).not.toContain('NET-H220');
  });

  it('a client token with a wrong signature is refused at the gateway with 401', async () => {
    const forged = await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setIssuer(hub.config.clientAuth.issuer).setAudience(hub.config.clientAuth.audience).setExpirationTime('1h').sign(new TextEncoder().encode('not-the-key-not-the-key-not-the-key!'));
    const res = await hub.query('{ certificateStandards { nodes { code } } }', {}, forged);
    expect(res.status).toBe(401);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('direct subgraph access', () => {
    const entities = { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id pathway { stage } } } }', variables: { r: [{ __typename: 'Student', id: NET_LEARNER }] } };

    it('is refused without a gateway token, for _entities and _service alike', async () => {
      for (const body of [entities, { query: '{ _service { sdl } }' }]) {
        const res = await post(hub.subgraphs.college.url, body);
        expect(res.status).toBe(401);
        expect(res.data ?? null).toBeNull();
        expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      }
    });

    it('is refused with a client token, even an admin’s', async () => {
      const admin = await hub.token({ role: 'ADMIN' });
      const res = await post(hub.subgraphs.secondary.url, { query: '{ _service { sdl } }' }, { authorization: `Bearer ${admin}` });
      expect(res.status).toBe(401);
    });

    it('is refused with a gateway-shaped token signed by another key', async () => {
      const forged = await signGatewayToken({ kind: 'user', subject: 'x', role: 'ADMIN' }, await strangerKey(), 'enterprise', 60, operationHash(entities.query, entities.variables));
      const res = await post(hub.subgraphs.enterprise.url, entities, { authorization: `Bearer ${forged}` });
      expect(res.status).toBe(401);
    });

    it('is served with the gateway’s own token', async () => {
      const token = await signGatewayToken({ kind: 'user', subject: 'admin', role: 'ADMIN' }, await gatewayKeyOf(hub.config), 'college', 60, operationHash(entities.query, entities.variables));
      const res = await post(hub.subgraphs.college.url, entities, { authorization: `Bearer ${token}` });
      expect(res.status).toBe(200);
      expect(res.data).toEqual({ _entities: [{ id: NET_LEARNER, pathway: { stage: 'HIGHER' } }] });
    });
  });
});
