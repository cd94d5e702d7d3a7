/**
 * Derived fields (credit transfers, their preview, progression) on a learner
 * reached through another subgraph: they answer, or fail alone, never the row.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { demoRoster } from '@guantong/shared/demo';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();
const LEARNER = 'GT202200001X';
const nationalId = demoRoster().students.find((s) => s.id === LEARNER)!.nationalId;
const DERIVED = 'creditTransfers { totalCredits } creditTransferPreview(agreementId: "agr-auto") { totalCredits } progression { eligible }';

describe.each(kinds)('derived fields on a learner reached through the secondary school (%s)', (kind) => {
  let hub: Hub;
  let admin: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    admin = await hub.token({ role: 'ADMIN' });
  });
  afterAll(() => hub?.stop());

  it('studentByNationalId answers the credit transfers, the preview and progression, as ADMIN', async () => {
    const res = await hub.query<{ studentByNationalId: { id: string; creditTransfers: { totalCredits: number }; creditTransferPreview: { totalCredits: number }; progression: { eligible: boolean } } }>(
      `query($n: String!) { studentByNationalId(nationalId: $n) { id ${DERIVED} } }`, { n: nationalId }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data?.studentByNationalId).toMatchObject({ id: LEARNER, creditTransfers: { totalCredits: 4 }, creditTransferPreview: { totalCredits: 0 } });
    expect(typeof res.data?.studentByNationalId.progression.eligible).toBe('boolean');
  });

  it('as the enrolling school, the row survives: derived fields answer or fail alone, on their own path', async () => {
    const school = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside' });
    const res = await hub.query<{ studentByNationalId: { id: string; name: string } | null }>(
      `query($n: String!) { studentByNationalId(nationalId: $n) { id name ${DERIVED} } }`, { n: nationalId }, school);
    expect(res.data?.studentByNationalId).toMatchObject({ id: LEARNER, name: expect.any(String) });
    for (const error of res.errors ?? []) {
      expect(['creditTransfers', 'creditTransferPreview', 'progression']).toContain(error.path?.[1]);
      expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
  });

  it('a learner reached back through their secondary stage answers progression', async () => {
    const res = await hub.query<{ student: { secondaryStage: { student: { id: string; progression: { eligible: boolean }; creditTransfers: { totalCredits: number } } } } }>(
      `query($id: LearnerId!) { student(id: $id) { secondaryStage { student { id ${DERIVED} } } } }`, { id: LEARNER }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data?.student.secondaryStage.student).toMatchObject({ id: LEARNER, creditTransfers: { totalCredits: 4 } });
  });
});
