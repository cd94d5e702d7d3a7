/**
 * Attacks on identity: forged, replayed and misdirected tokens, and client
 * attempts to speak for the gateway. Each case names the attack and the outcome.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, UnsecuredJWT } from 'jose';
import { databaseKinds } from '@guantong/shared/testing';
import { operationHash, signGatewayToken } from '@guantong/shared/identity';
import type { CryptoKey } from 'jose';
import { gatewayKeyOf, strangerKey } from '../../helpers/keys.ts';
import { post, startHub, type Hub } from '../../helpers/hub.ts';

const kinds = await databaseKinds();
const LEARNER = 'GT202200001X';
const STUDENT_QUERY = 'query($id: LearnerId!) { student(id: $id) { id name } }';
const entities = { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id pathway { stage } } } }', variables: { r: [{ __typename: 'Student', id: LEARNER }] } };
const key = (secret: string) => new TextEncoder().encode(secret);

describe.each(kinds)('attacks on identity (%s)', (kind) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(kind);
  });
  afterAll(() => hub?.stop());

  const clientToken = (claims: Record<string, unknown>, edit: (jwt: SignJWT) => SignJWT = (j) => j) =>
    edit(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(hub.config.clientAuth.issuer).setAudience(hub.config.clientAuth.audience).setIssuedAt().setExpirationTime('1h')).sign(key(hub.config.clientAuth.secret!));
  const gatewayToken = async (body: { query: string; variables?: unknown }, key?: CryptoKey, target = 'college') =>
    signGatewayToken({ kind: 'user', subject: 'attacker', role: 'ADMIN' }, key ?? (await gatewayKeyOf(hub.config)), target, 60, operationHash(body.query, body.variables));

  describe('direct subgraph access', () => {
    it('_entities without a gateway token → 401, no data', async () => {
      const res = await post(hub.subgraphs.secondary.url, entities);
      expect(res.status).toBe(401);
      expect(res.data ?? null).toBeNull();
    });

    it('_service without a gateway token → 401', async () => {
      const res = await post(hub.subgraphs.enterprise.url, { query: '{ _service { sdl } }' });
      expect(res.status).toBe(401);
    });

    it('_entities with a gateway token forged with another key → 401', async () => {
      const forged = await gatewayToken(entities, await strangerKey());
      expect((await post(hub.subgraphs.college.url, entities, { authorization: `Bearer ${forged}` })).status).toBe(401);
    });

    it('a genuine gateway token replayed a second time → 401', async () => {
      const token = await gatewayToken(entities);
      expect((await post(hub.subgraphs.college.url, entities, { authorization: `Bearer ${token}` })).status).toBe(200);
      expect((await post(hub.subgraphs.college.url, entities, { authorization: `Bearer ${token}` })).status).toBe(401);
    });

    it('a genuine gateway token lifted onto another operation → 401', async () => {
      const token = await gatewayToken(entities);
      const other = { query: '{ _service { sdl } }' };
      expect((await post(hub.subgraphs.college.url, other, { authorization: `Bearer ${token}` })).status).toBe(401);
    });
  });

  describe('client tokens at the gateway', () => {
    it('alg "none" → 401', async () => {
      const unsigned = new UnsecuredJWT({ role: 'ADMIN' }).setIssuer(hub.config.clientAuth.issuer).setAudience(hub.config.clientAuth.audience).setExpirationTime('1h').encode();
      const res = await hub.query(STUDENT_QUERY, { id: LEARNER }, unsigned);
      expect(res.status).toBe(401);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('an expired token → 401', async () => {
      const expired = await clientToken({ role: 'ADMIN' }, (j) => j.setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 3600));
      expect((await hub.query(STUDENT_QUERY, { id: LEARNER }, expired)).status).toBe(401);
    });

    it('a token for another audience → 401', async () => {
      const wrong = await clientToken({ role: 'ADMIN' }, (j) => j.setAudience('some-other-service'));
      expect((await hub.query(STUDENT_QUERY, { id: LEARNER }, wrong)).status).toBe(401);
    });

    it('a token from another issuer → 401', async () => {
      const wrong = await clientToken({ role: 'ADMIN' }, (j) => j.setIssuer('https://evil.example'));
      expect((await hub.query(STUDENT_QUERY, { id: LEARNER }, wrong)).status).toBe(401);
    });

    it('a staff token without its organisation → 401', async () => {
      const orphan = await clientToken({ role: 'COLLEGE_STAFF' });
      expect((await hub.query(STUDENT_QUERY, { id: LEARNER }, orphan)).status).toBe(401);
    });

    it('the gateway’s own forwarded token presented by a client → 401', async () => {
      const internal = await gatewayToken({ query: STUDENT_QUERY, variables: { id: LEARNER } });
      expect((await hub.query(STUDENT_QUERY, { id: LEARNER }, internal)).status).toBe(401);
    });

    it('a client-supplied internal identity header is ignored: still anonymous', async () => {
      const res = await post(hub.gateway.url, { query: STUDENT_QUERY, variables: { id: LEARNER } }, { 'x-guantong-actor': '{"role":"ADMIN"}', 'x-request-id': 'forged-id', 'x-forwarded-user': 'admin' });
      expect(res.data?.student ?? null).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0].extensions?.requestId).not.toBe('forged-id');
    });
  });
});
