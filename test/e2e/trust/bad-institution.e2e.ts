/**
 * An institution that turned bad. It holds everything in its own subgraph's
 * configuration — the gateway's public key, its own database, the audit store's
 * address — and tries every way of turning that into another institution's
 * data: as ADMIN, as another organisation, or as a learner, at each other
 * subgraph directly and at the gateway with a forged delegation. None works.
 * It also keeps a genuine delegation from a request it served, and tries to
 * stretch it to another learner or another question.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, UnsecuredJWT, exportJWK, generateKeyPair, type JWK } from 'jose';
import { loadConfig, type SubgraphName } from '@guantong/shared/config';
import { learnerIdsIn, signDelegation } from '@guantong/shared/delegation';
import { GATEWAY_ISSUER, operationHash, subgraphAudience, type Actor } from '@guantong/shared/identity';
import { LOOKUPS } from '@guantong/shared/peer-lookups';
import { databaseKinds } from '@guantong/shared/testing';
import { post, startHub, type Hub } from '../../helpers/hub.ts';
import { gatewayKeyOf } from '../../helpers/keys.ts';

const kinds = await databaseKinds();

const NET = 'GT202200001X';
const OTHER = 'GT2024000013';
const READ = { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id name } } }', variables: { r: [{ __typename: 'Student', id: NET, pathwayOrganizationIds: ['sch-riverside', 'col-metro', 'org-huadong'], activeGrants: [] }] } };

const POSES: Record<string, Actor> = {
  ADMIN: { kind: 'user', subject: 'admin', role: 'ADMIN' },
  'another organisation': { kind: 'user', subject: 'riverside-clerk', role: 'SECONDARY_STAFF', orgId: 'sch-riverside' },
  'a learner': { kind: 'user', subject: `student:${NET}`, role: 'STUDENT', studentId: NET },
};
const claimsOf = (actor: Actor) => (actor.kind === 'user' ? { role: actor.role, org: actor.orgId, student: actor.studentId } : {});

/** Every way to sign a token with what the college holds: its configuration's public key and strings. */
async function forgeries(held: { publicJwk: JWK; strings: string[] }, payload: Record<string, unknown>, audience: string): Promise<Record<string, string>> {
  const base = () => new SignJWT(payload).setIssuer(GATEWAY_ISSUER).setAudience(audience).setSubject('forged').setIssuedAt().setJti(randomUUID()).setExpirationTime('60s');
  const own = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const forged: Record<string, string> = {
    'alg none': new UnsecuredJWT(payload).setIssuer(GATEWAY_ISSUER).setAudience(audience).setIssuedAt().setJti(randomUUID()).setExpirationTime('60s').encode(),
    'HS256 keyed with the public key (algorithm confusion)': await base().setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(JSON.stringify(held.publicJwk))),
    'HS256 keyed with the public key bytes': await base().setProtectedHeader({ alg: 'HS256' }).sign(Buffer.from(held.publicJwk.x!, 'base64url')),
    'its own Ed25519 key': await base().setProtectedHeader({ alg: 'EdDSA' }).sign(own.privateKey),
    'its own key, embedded in the header': await base().setProtectedHeader({ alg: 'EdDSA', jwk: await exportJWK(own.publicKey) }).sign(own.privateKey),
    'its own key, under the gateway’s key id': await base().setProtectedHeader({ alg: 'EdDSA', kid: held.publicJwk.kid }).sign(own.privateKey),
  };
  for (const [i, secret] of held.strings.entries()) forged[`HS256 keyed with configuration string ${i}`] = await base().setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(secret));
  return forged;
}

describe.each(kinds)('an institution that turned bad (%s)', (kind) => {
  let hub: Hub;
  let held: { publicJwk: JWK; strings: string[] };
  beforeAll(async () => {
    // The identity provider's secret is the IdP's: no subgraph holds it.
    hub = await startHub(kind, { env: { AUTH_JWT_SECRET: randomBytes(32).toString('base64url') } });
    // What a college operator is given: the gateway's public key, its own database and the audit store.
    const collegeEnv = { GATEWAY_PUBLIC_KEY: JSON.stringify(hub.config.gatewayKeys.verifying), COLLEGE_DATABASE_URL: hub.databases.college.url ?? '', AUDIT_DATABASE_URL: hub.audit.url ?? '' };
    const college = loadConfig({ ...collegeEnv, GUANTONG_MODE: 'demo' });
    // Configured with the public key, even a demo-mode college has no key that signs as the gateway.
    expect(college.gatewayKeys.signing).toBeUndefined();
    held = { publicJwk: JSON.parse(collegeEnv.GATEWAY_PUBLIC_KEY), strings: Object.values(collegeEnv).filter(Boolean) };
    expect(held.publicJwk).not.toHaveProperty('d');
  });
  afterAll(() => hub?.stop());

  for (const target of ['secondary', 'enterprise'] as SubgraphName[]) {
    for (const [pose, actor] of Object.entries(POSES)) {
      it(`cannot read the ${target} subgraph directly as ${pose}, whatever it signs with`, async () => {
        const payload = { ...claimsOf(actor), bh: operationHash(READ.query, READ.variables) };
        const tokens = await forgeries(held, payload, subgraphAudience(target));
        for (const [how, token] of Object.entries(tokens)) {
          const res = await post(hub.subgraphs[target].url, READ, { authorization: `Bearer ${token}` });
          expect(res.status, how).toBe(401);
          expect(JSON.stringify(res.data ?? null), how).not.toContain(NET);
        }
      });
    }
  }

  for (const [pose, actor] of Object.entries(POSES)) {
    it(`cannot ask the gateway as ${pose} with a delegation it forged`, async () => {
      const body = { query: LOOKUPS.resultsEvidence, variables: { studentId: NET } };
      const tokens = await forgeries(held, { ...claimsOf(actor), learners: [NET], azp: 'college' }, 'guantong-gateway:delegation');
      for (const [how, token] of Object.entries(tokens)) {
        const res = await post(hub.gateway.url, body, { authorization: `Bearer ${token}` });
        expect(res.status, how).toBe(401);
        expect(res.data ?? null, how).toBeNull();
      }
    });
  }

  describe('with a genuine delegation kept from a request it served', () => {
    const adminWrite = { query: `mutation { progressStudent(studentId: "${OTHER}") { stage } }`, variables: {} };
    const kept = async () => signDelegation(POSES.ADMIN, await gatewayKeyOf(hub.config), 'college', learnerIdsIn(adminWrite.query, adminWrite.variables));

    it('may ask the registered lookups about the learner that request named (the control case)', async () => {
      const res = await post(hub.gateway.url, { query: LOOKUPS.enrolment, variables: { studentId: OTHER } }, { authorization: `Bearer ${await kept()}` });
      expect(res.status).toBe(200);
      expect(res.data).toMatchObject({ enrolmentCheck: { enrolled: true } });
    });

    it('cannot ask about another learner', async () => {
      const res = await post(hub.gateway.url, { query: LOOKUPS.resultsEvidence, variables: { studentId: NET } }, { authorization: `Bearer ${await kept()}` });
      expect(res.status).toBe(401);
      expect(res.data ?? null).toBeNull();
    });

    it('cannot run any other query, even about the same learner', async () => {
      const query = 'query($id: LearnerId!) { student(id: $id) { name nationalId(unmasked: true) } }';
      const res = await post(hub.gateway.url, { query, variables: { id: OTHER } }, { authorization: `Bearer ${await kept()}` });
      expect(res.status).toBe(401);
    });

    it('cannot present it to another subgraph directly', async () => {
      const res = await post(hub.subgraphs.secondary.url, READ, { authorization: `Bearer ${await kept()}` });
      expect(res.status).toBe(401);
    });
  });
});
