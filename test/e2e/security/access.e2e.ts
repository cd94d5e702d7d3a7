/**
 * Reads across institutions, and an enterprise's access through the learner's
 * consent: without, with, after revocation and after expiry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowInstant, todayInChina } from '@guantong/shared/clock';
import { databaseKinds } from '@guantong/shared/testing';
import { operationHash, signGatewayToken } from '@guantong/shared/identity';
import { gatewayKeyOf } from '../../helpers/keys.ts';
import { enrolLearner } from '../../helpers/enrol.ts';
import { post, startHub, type Hub } from '../../helpers/hub.ts';

const kinds = await databaseKinds();
const NET = 'GT202200001X'; // Riverside → Metro
const EC = 'GT2022000028'; // Hillview → Metro
const AUTO_GRADUATE = 'GT2021000034'; // consented to Huadong in the demo data

const RECORD = 'query($id: LearnerId!) { student(id: $id) { id name pathway { stage } higherStage { enrolledOn } certificates { nodes { serial standard { code } } } } }';
/** A learner asked for by an enterprise with no basis: reached, but every part refused. */
const NOTHING = { id: NET, name: null, pathway: null, higherStage: null, certificates: null };
/** Each refusal as [path, code, the part its message names], sorted by path. */
const refusals = (res: { errors?: { path?: (string | number)[]; message: string; extensions?: Record<string, unknown> }[] }) =>
  (res.errors ?? []).map((e) => [e.path?.join('.'), e.extensions?.code, /consent for (\w+)/.exec(e.message)?.[1]]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
const EVERY_PART_REFUSED = [
  ['student.certificates', 'FORBIDDEN', 'CERTIFICATES'],
  ['student.higherStage', 'FORBIDDEN', 'RESULTS'],
  ['student.name', 'FORBIDDEN', 'IDENTITY'],
  ['student.pathway', 'FORBIDDEN', 'RESULTS'],
];
const GRANT = 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id active scopes } }';
const REVOKE = 'mutation($id: ID!) { revokeConsent(id: $id) { active revokedAt } }';

describe.each(kinds)('who reads whose record (%s)', (kind) => {
  let hub: Hub;
  beforeAll(async () => {
    hub = await startHub(kind);
  });
  afterAll(() => hub?.stop());

  describe('across institutions', () => {
    it('a school reading another school’s learner via student → FORBIDDEN, no data', async () => {
      const riverside = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
      const res = await hub.query<{ student: unknown }>(RECORD, { id: EC }, riverside);
      expect(res.data?.student ?? null).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('a school listing students → only its own rows, and no error', async () => {
      const riverside = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
      const res = await hub.query<{ students: { totalCount: number; nodes: { id: string; name: string }[] } }>('{ students(first: 100) { totalCount nodes { id name } } }', {}, riverside);
      expect(res.errors).toBeUndefined();
      expect(res.data!.students.totalCount).toBe(105);
      expect(res.data!.students.nodes.every((n) => n.name)).toBe(true);
    });

    it('a school asking a subgraph’s _entities (through a gateway-signed token) for another school’s learner → refused field, no data', async () => {
      const body = { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { name secondaryStage { enrolledOn } } } }', variables: { r: [{ __typename: 'Student', id: EC, pathwayOrganizationIds: ['sch-hillview', 'col-metro'], activeGrants: [] }] } };
      const token = await signGatewayToken({ kind: 'user', subject: 'riverside', role: 'SECONDARY_STAFF', orgId: 'sch-riverside' }, await gatewayKeyOf(hub.config), 'secondary', 60, operationHash(body.query, body.variables));
      const res = await post(hub.subgraphs.secondary.url, body, { authorization: `Bearer ${token}` });
      expect(JSON.stringify(res.data)).not.toMatch(/enrolledOn"\s*:\s*"/);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('an enterprise and the learner’s consent', () => {
    it('without consent → no record, each part refused by name; only certificate verification', async () => {
      const huadong = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-huadong' });
      const res = await hub.query<{ student: unknown }>(RECORD, { id: NET }, huadong);
      expect(res.data?.student).toEqual(NOTHING);
      expect(refusals(res)).toEqual(EVERY_PART_REFUSED);
      const award = await hub.query<{ student: { name: string; certificates: { nodes: { serial: string }[] } } }>(RECORD, { id: NET }, await hub.token({ role: 'ADMIN' }));
      const { serial } = award.data!.student.certificates.nodes[0];
      const check = await hub.query<{ verifyCertificate: Record<string, unknown> }>('query($s: String!, $n: String!) { verifyCertificate(serial: $s, holderName: $n) { authentic status standard { code recognitions { counterpart { code } } } } }', { s: serial, n: award.data!.student.name }, huadong);
      expect(check.data!.verifyCertificate).toMatchObject({ authentic: true, status: 'VALID', standard: { code: 'X-NED-1' } });
    });

    it('with consent for CERTIFICATES and RESULTS → reads them; after revocation → refused on the next request', async () => {
      const learner = await hub.token({ role: 'STUDENT', student: NET });
      const huadong = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-huadong' });
      const granted = await hub.query<{ grantConsent: { id: string; active: boolean } }>(GRANT, { input: { studentId: NET, organizationId: 'org-huadong', scopes: ['CERTIFICATES', 'RESULTS'], purpose: 'internship placement', expiresOn: '2027-06-30' } }, learner);
      expect(granted.errors).toBeUndefined();
      const withConsent = await hub.query<{ student: { pathway: { stage: string }; certificates: { nodes: unknown[] }; name: string | null } }>(RECORD, { id: NET }, huadong);
      expect(withConsent.data!.student.pathway.stage).toBe('HIGHER');
      expect(withConsent.data!.student.certificates.nodes.length).toBeGreaterThan(0);
      expect(withConsent.data!.student.name).toBeNull(); // IDENTITY was not granted
      expect(withConsent.errors?.map((e) => e.path?.join('.'))).toEqual(['student.name']);

      await hub.query(REVOKE, { id: granted.data!.grantConsent.id }, learner);
      const after = await hub.query<{ student: unknown }>(RECORD, { id: NET }, huadong);
      expect(after.data?.student).toEqual(NOTHING);
      expect(refusals(after)).toEqual(EVERY_PART_REFUSED);
    });

    it('after the grant expires → refused on the next request, but for the awards Huadong issued itself', async () => {
      const huadong = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-huadong' });
      const before = await hub.query<{ student: { certificates: { nodes: unknown[] } } }>(RECORD, { id: AUTO_GRADUATE }, huadong);
      expect(before.data?.student.certificates.nodes.length).toBe(2);
      const past = new Date(Date.parse(nowInstant()) - 1000).toISOString();
      await hub.databases.college.dataSource.query('UPDATE consent_grant SET expires_at = ? WHERE student_id = ? AND organization_id = ?', [past, AUTO_GRADUATE, 'org-huadong']);
      const after = await hub.query<{ student: { pathway: unknown; certificates: { nodes: { standard: { code: string } }[] } } }>(RECORD, { id: AUTO_GRADUATE }, huadong);
      expect(after.data?.student.pathway).toBeNull();
      expect(after.data?.student.certificates.nodes.map((c) => c.standard.code)).toEqual(['E-HD-ICVT']);
      expect(refusals(after).map(([path]) => path)).toEqual(['student.higherStage', 'student.name', 'student.pathway']);
    });

    it('a learner under 14 cannot consent alone; their guardian can', async () => {
      const college = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
      const thirteen = `${Number(todayInChina().slice(0, 4)) - 13}${todayInChina().slice(4)}`;
      const young = await enrolLearner(hub, { name: '少年', birthDate: thirteen });
      const reg = await hub.query('mutation($input: RegisterPathwayInput!) { registerPathway(input: $input) { stage } }', { input: { studentId: young, agreementId: 'agr-net', cohort: '2026', registeredOn: todayInChina() } }, college);
      expect(reg.errors).toBeUndefined();
      const input = { studentId: young, organizationId: 'org-huadong', scopes: ['CERTIFICATES'], purpose: 'summer workshop', expiresOn: '2027-01-31' };
      const alone = await hub.query(GRANT, { input }, await hub.token({ role: 'STUDENT', student: young }));
      expect(alone.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const guardian = await hub.query(GRANT, { input }, await hub.token({ role: 'GUARDIAN', student: young }));
      expect(guardian.errors).toBeUndefined();
    });
  });
});
