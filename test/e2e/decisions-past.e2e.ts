/**
 * Learners past the secondary stage, across the graph: progression is not
 * re-assessed for them, and a revoked prerequisite is flagged on the
 * certificates that required it, which stay as issued.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();
const REVOKED_HOLDER = 'GT2022000044'; // HIGHER, the demo's revoked X-NED-1: progressed before decisions were recorded

const PROGRESSION = 'query($id: LearnerId!) { student(id: $id) { pathway { stage } progression { state eligible checks { met } explanation decision { decidedOn } } } }';
const GRADUATES = /* GraphQL */ `
  { students(filter: { stage: GRADUATED, agreementId: "agr-net" }, first: 1) {
    nodes { id certificates { nodes { serial status prerequisiteRevoked standard { code } } } }
  } }
`;

interface Award { serial: string; status: string; prerequisiteRevoked: string | null; standard: { code: string } }

describe.each(kinds)('learners past the secondary stage (%s)', (kind) => {
  let hub: Hub;
  let admin: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    admin = await hub.token({ role: 'ADMIN' });
  });
  afterAll(() => hub?.stop());

  it('a HIGHER learner whose certificate was revoked is not told "not eligible" for a progression already made', async () => {
    const res = await hub.query<{ student: { pathway: { stage: string }; progression: Record<string, unknown> } }>(PROGRESSION, { id: REVOKED_HOLDER }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.student.pathway.stage).toBe('HIGHER');
    expect(res.data!.student.progression).toEqual({
      state: 'PROGRESSED_UNRECORDED', eligible: true, checks: [], decision: null,
      explanation: expect.stringMatching(/progressed before the hub recorded progression decisions/),
    });
  });

  it('revoking X-NED-1 flags the X-NE-2 that required it, which stays VALID', async () => {
    const before = await hub.query<{ students: { nodes: { id: string; certificates: { nodes: Award[] } }[] } }>(GRADUATES, {}, admin);
    expect(before.errors).toBeUndefined();
    const [graduate] = before.data!.students.nodes;
    const entry = graduate.certificates.nodes.find((c) => c.standard.code === 'X-NED-1')!;
    const upper = graduate.certificates.nodes.find((c) => c.standard.code === 'X-NE-2')!;
    expect(upper).toMatchObject({ status: 'VALID', prerequisiteRevoked: null });
    const issuer = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' });
    const revoked = await hub.query('mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { status } }', { input: { serial: entry.serial, reason: 'assessment irregularity found on audit' } }, issuer);
    expect(revoked.errors).toBeUndefined();
    const after = await hub.query<{ students: { nodes: { certificates: { nodes: Award[] } }[] } }>(GRADUATES, {}, admin);
    const flagged = after.data!.students.nodes[0].certificates.nodes.find((c) => c.serial === upper.serial)!;
    expect(flagged.status).toBe('VALID');
    expect(flagged.prerequisiteRevoked).toMatch(/^This certificate was issued on \d{4}-\d{2}-\d{2} as a step up from another certificate, but the X-NED-1 certificate it required was revoked on \d{4}-\d{2}-\d{2}; the issuer has not revoked this one\.$/);
  });
});
