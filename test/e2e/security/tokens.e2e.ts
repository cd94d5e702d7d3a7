/**
 * Tokens used once, by one service, for one caller: gateway tokens that stay
 * spent across a subgraph restart (Redis) and work for their own subgraph only;
 * client tokens with a subject, a bounded lifetime, no future issue date, and a
 * role that fits the organisation; the Bearer scheme in any case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { databaseKinds } from '@guantong/shared/testing';
import { operationHash, signGatewayToken } from '@guantong/shared/identity';
import { startSubgraph } from '@guantong/shared/subgraph';
import { subgraphDefinitions } from '../../../scripts/subgraphs.ts';
import { gatewayKeyOf } from '../../helpers/keys.ts';
import { post, startHub, type Hub } from '../../helpers/hub.ts';

const kinds = await databaseKinds();
const LEARNER = 'GT202200001X';
const REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';
const STUDENT_QUERY = 'query($id: LearnerId!) { student(id: $id) { id pathway { stage } } }';
const entities = { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id } } }', variables: { r: [{ __typename: 'Student', id: LEARNER }] } };
const now = () => Math.floor(Date.now() / 1000);

describe.each(kinds)('gateway tokens: once, for one subgraph (%s)', (kind) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(kind, { env: { REDIS_URL } });
  });
  afterAll(() => hub?.stop());

  const gatewayToken = async (target: string) =>
    signGatewayToken({ kind: 'user', subject: 'attacker', role: 'ADMIN' }, await gatewayKeyOf(hub.config), target, hub.config.gatewayTokenTtlSeconds, operationHash(entities.query, entities.variables));

  it('a gateway token replayed after its subgraph restarts on the same Redis → 401', async () => {
    const token = await gatewayToken('college');
    expect((await post(hub.subgraphs.college.url, entities, { authorization: `Bearer ${token}` })).status).toBe(200);
    await hub.subgraphs.college.close();
    const def = subgraphDefinitions.find((d) => d.name === 'college')!;
    hub.subgraphs.college = await startSubgraph(def, hub.config, { port: 0, database: hub.databases.college, audit: hub.audit });
    const replay = await post(hub.subgraphs.college.url, entities, { authorization: `Bearer ${token}` });
    expect(replay.status).toBe(401);
    expect(replay.data ?? null).toBeNull();
  });

  it('a gateway token for the college is refused by the secondary school and the enterprise → 401 each', async () => {
    for (const other of ['secondary', 'enterprise'] as const) {
      const token = await gatewayToken('college');
      const res = await post(hub.subgraphs[other].url, entities, { authorization: `Bearer ${token}` });
      expect(res.status).toBe(401);
      expect(res.data ?? null).toBeNull();
    }
  });

  it('gateway tokens live no longer than 60 s', () => {
    expect(hub.config.gatewayTokenTtlSeconds).toBeLessThanOrEqual(60);
  });

  it('a subgraph takes its own gateway token in any spelling of the Bearer scheme', async () => {
    const token = await gatewayToken('secondary');
    expect((await post(hub.subgraphs.secondary.url, entities, { authorization: `bearer ${token}` })).status).toBe(200);
  });
});

describe.each(kinds)('client tokens (%s)', (kind) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(kind, { env: { AUTH_MAX_TOKEN_LIFETIME_SECONDS: String(8 * 3600) } });
  });
  afterAll(() => hub?.stop());

  const clientToken = (claims: Record<string, unknown>, iat = now(), exp = iat + 3600, sub: string | null = 'staff:1') => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(hub.config.clientAuth.issuer).setAudience(hub.config.clientAuth.audience).setIssuedAt(iat).setExpirationTime(exp);
    return (sub ? jwt.setSubject(sub) : jwt).sign(new TextEncoder().encode(hub.config.clientAuth.secret!));
  };
  const refusal = async (token: string) => {
    const res = await hub.query(STUDENT_QUERY, { id: LEARNER }, token);
    expect(res.data ?? null).toBeNull();
    return { status: res.status, code: res.errors?.[0].extensions?.code, message: res.errors?.[0].message ?? '' };
  };

  it('a token issued in the future (beyond 60 s of clock skew) → 401', async () => {
    expect(await refusal(await clientToken({ role: 'ADMIN' }, now() + 600))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED', message: expect.stringMatching(/issued in the future/) });
  });

  it('a token a few seconds ahead of the gateway’s clock is accepted', async () => {
    const res = await hub.query(STUDENT_QUERY, { id: LEARNER }, await clientToken({ role: 'ADMIN' }, now() + 20));
    expect(res.errors).toBeUndefined();
  });

  it('a token meant to live longer than the configured maximum → 401', async () => {
    expect(await refusal(await clientToken({ role: 'ADMIN' }, now(), now() + 30 * 24 * 3600))).toMatchObject({ status: 401, message: expect.stringMatching(/at most 28800 s/) });
  });

  it('a token without "iat" (so without a knowable lifetime) → 401', async () => {
    const token = await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setIssuer(hub.config.clientAuth.issuer).setAudience(hub.config.clientAuth.audience).setSubject('admin:1').setExpirationTime('1h').sign(new TextEncoder().encode(hub.config.clientAuth.secret!));
    expect((await refusal(token)).status).toBe(401);
  });

  it('a token without "sub" → 401, and nothing is audited as "unknown"', async () => {
    expect((await refusal(await clientToken({ role: 'ADMIN' }, now(), now() + 3600, null))).status).toBe(401);
    const [{ count }] = await hub.audit.dataSource.query("SELECT COUNT(*) AS count FROM audit_entry WHERE actor_subject = 'unknown'");
    expect(Number(count)).toBe(0);
  });

  it.each([
    ['ENTERPRISE_STAFF', 'col-metro'],
    ['SECONDARY_STAFF', 'col-metro'],
    ['COLLEGE_STAFF', 'sch-riverside'],
    ['ENTERPRISE_STAFF', 'sch-riverside'],
  ])('a %s token naming %s (an organisation of another kind) → 401', async (role, org) => {
    expect(await refusal(await clientToken({ role, org }))).toMatchObject({ status: 401, message: expect.stringMatching(/organisation of that kind/) });
  });

  it.each(['bearer', 'BEARER', 'BeArEr'])('the scheme spelled "%s" is accepted (RFC 7235)', async (scheme) => {
    const res = await post(hub.gateway.url, { query: STUDENT_QUERY, variables: { id: LEARNER } }, { authorization: `${scheme} ${await clientToken({ role: 'COLLEGE_STAFF', org: 'col-metro' })}` });
    expect(res.errors).toBeUndefined();
    expect((res.data as { student: { id: string } }).student.id).toBe(LEARNER);
  });

  it('another scheme → 401', async () => {
    const res = await post(hub.gateway.url, { query: STUDENT_QUERY, variables: { id: LEARNER } }, { authorization: `Basic ${await clientToken({ role: 'ADMIN' })}` });
    expect(res.status).toBe(401);
  });
});
