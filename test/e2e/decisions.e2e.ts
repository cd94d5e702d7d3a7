/**
 * Decisions a registrar can defend, across the graph: progressing a learner
 * records the decision and its confirmed transfers, and the school closes the
 * secondary stage; a later revocation of the evidence changes nothing recorded
 * but opens a review, which a registrar resolves, on the record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();
const LEARNER = 'GT2024000013'; // Network Technology, SECONDARY: core courses passed, X-NED-1 issued 2026-06-20

const DECISION = /* GraphQL */ `
  query Decision($id: LearnerId!) {
    student(id: $id) {
      pathway { stage }
      secondaryStage { completedOn }
      progression { state eligible explanation decision { decidedOn } }
      progressionDecision {
        decidedOn requirementsVersion decidedBy decidedByOrganizationId totalCredits agreement { id }
        checks { kind met detail evidenceUsed explanation }
        confirmedTransfers {
          rule { id } exemptedCourse { code } credits explanation evidence { kind certificateSerial evidencedOn }
          status review { id reason outcome outcomeReason resolvedBy }
        }
      }
    }
  }
`;
const REVIEWS = 'query($c: ID!) { openTransferReviews(collegeId: $c) { nodes { id studentId ruleId exemptedCourseCode reason } } }';
const RESOLVE = 'mutation($input: ResolveTransferReviewInput!) { resolveTransferReview(input: $input) { id outcome outcomeReason resolvedBy resolvedAt } }';

interface Review { id: string; reason: string; outcome: string | null; outcomeReason: string | null; resolvedBy: string | null }
interface Confirmed { rule: { id: string }; exemptedCourse: { code: string }; credits: number; explanation: string; evidence: { kind: string; certificateSerial: string | null }; status: string; review: Review | null }
interface Decision { decidedOn: string; requirementsVersion: number; decidedBy: string; totalCredits: number; checks: { kind: string; met: boolean; evidenceUsed: string[]; explanation: string }[]; confirmedTransfers: Confirmed[] }
interface Student { pathway: { stage: string }; secondaryStage: { completedOn: string | null }; progression: { state: string; eligible: boolean; explanation: string; decision: { decidedOn: string } | null }; progressionDecision: Decision | null }

/** The decision without what a review adds beside it: what must never change. */
const recorded = (d: Decision) => ({ ...d, confirmedTransfers: d.confirmedTransfers.map(({ status: _s, review: _r, ...t }) => t) });

describe.each(kinds)('a recorded progression decision and its reviews (%s)', (kind) => {
  let hub: Hub;
  let registrar: string;
  let issuer: string;
  let first: Decision;
  let serial: string;
  beforeAll(async () => {
    hub = await startHub(kind);
    registrar = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' });
    issuer = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' });
  });
  afterAll(() => hub?.stop());

  const read = async () => {
    const res = await hub.query<{ student: Student }>(DECISION, { id: LEARNER }, registrar);
    expect(res.errors).toBeUndefined();
    return res.data!.student;
  };

  it('before progression there is no decision, and progression is assessed', async () => {
    const student = await read();
    expect(student.progressionDecision).toBeNull();
    expect(student.progression).toMatchObject({ state: 'ASSESSED', eligible: true, decision: null });
    expect(student.secondaryStage.completedOn).toBeNull();
  });

  it('progressing records the decision, its basis and confirmed transfers, and the school closes the secondary stage', async () => {
    const res = await hub.query<{ progressStudent: { stage: string } }>('mutation($id: ID!) { progressStudent(studentId: $id) { stage } }', { id: LEARNER }, registrar);
    expect(res.errors).toBeUndefined();
    const student = await read();
    first = student.progressionDecision!;
    expect(first).toMatchObject({ requirementsVersion: 1, decidedBy: expect.stringContaining('col-metro'), totalCredits: expect.any(Number) });
    expect(first.checks.map((c) => [c.kind, c.met])).toEqual([['CORE_COURSES_PASSED', true], ['MIN_AVERAGE_SCORE', true], ['REQUIRED_CERTIFICATE', true]]);
    expect(first.checks[2].evidenceUsed[0]).toMatch(/^certificate NED1-\S+ \(X-NED-1\), issued 2026-06-20, VALID$/);
    const certificateTransfer = first.confirmedTransfers.find((t) => t.evidence.kind === 'CERTIFICATE')!;
    expect(certificateTransfer).toMatchObject({ exemptedCourse: { code: 'NET-H210' }, credits: 4, status: 'CONFIRMED', review: null });
    expect(certificateTransfer.explanation).toMatch(/^The learner is excused from NET-H210 and earns 4 credits under rule \d+ .*certificate NED1-\S+ \(X-NED-1\), issued 2026-06-20\.$/);
    serial = certificateTransfer.evidence.certificateSerial!;
    expect(student.secondaryStage.completedOn).toBe(first.decidedOn);
    expect(student.progression).toMatchObject({ state: 'DECIDED', eligible: true, decision: { decidedOn: first.decidedOn } });
  });

  it('the decision is append-only in the database: its triggers refuse changes', async () => {
    const db = hub.databases.college.dataSource;
    await expect(db.query("UPDATE progression_decision SET total_credits = 99 WHERE student_id = ?", [LEARNER])).rejects.toThrow(/recorded decisions cannot be changed/);
    await expect(db.query('DELETE FROM progression_decision WHERE student_id = ?', [LEARNER])).rejects.toThrow(/recorded decisions cannot be changed/);
  });

  it('revoking the certificate leaves the decision as recorded and opens a review for the college', async () => {
    const revoked = await hub.query('mutation($input: RevokeCertificateInput!) { revokeCertificate(input: $input) { status } }', { input: { serial, reason: 'assessment irregularity found on audit' } }, issuer);
    expect(revoked.errors).toBeUndefined();
    const student = await read();
    expect(recorded(student.progressionDecision!)).toEqual(recorded(first));
    expect(student.progression).toMatchObject({ state: 'DECIDED', eligible: true });
    const flagged = student.progressionDecision!.confirmedTransfers.find((t) => t.evidence.certificateSerial === serial)!;
    expect(flagged.status).toBe('NEEDS_REVIEW');
    expect(flagged.review!.reason).toMatch(new RegExp(`certificate ${serial} was revoked by its issuer on \\d{4}-\\d{2}-\\d{2} \\(assessment irregularity found on audit\\)`));
    const open = await hub.query<{ openTransferReviews: { nodes: { id: string; studentId: string }[] } }>(REVIEWS, { c: 'col-metro' }, registrar);
    expect(open.data!.openTransferReviews.nodes).toContainEqual(expect.objectContaining({ id: flagged.review!.id, studentId: LEARNER }));
    // Reading again opens nothing new.
    await read();
    expect((await hub.query<{ openTransferReviews: { nodes: unknown[] } }>(REVIEWS, { c: 'col-metro' }, registrar)).data!.openTransferReviews.nodes).toHaveLength(open.data!.openTransferReviews.nodes.length);
  });

  it('another college cannot list or resolve the review', async () => {
    const other = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-elsewhere' });
    expect((await hub.query(REVIEWS, { c: 'col-metro' }, other)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const id = (await read()).progressionDecision!.confirmedTransfers.find((t) => t.review)!.review!.id;
    expect((await hub.query(RESOLVE, { input: { id, outcome: 'KEPT', reason: 'not ours to decide' } }, other)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the registrar resolves the review on the record; the decision still stands as recorded', async () => {
    const id = (await read()).progressionDecision!.confirmedTransfers.find((t) => t.review)!.review!.id;
    const res = await hub.query<{ resolveTransferReview: Review & { resolvedAt: string } }>(RESOLVE, { input: { id, outcome: 'WITHDRAWN', reason: 'the certificate no longer stands; NET-H210 must be taken' } }, registrar);
    expect(res.errors).toBeUndefined();
    expect(res.data!.resolveTransferReview).toMatchObject({ outcome: 'WITHDRAWN', resolvedBy: expect.stringContaining('col-metro'), resolvedAt: expect.any(String) });
    const student = await read();
    expect(recorded(student.progressionDecision!)).toEqual(recorded(first));
    const withdrawn = student.progressionDecision!.confirmedTransfers.find((t) => t.evidence.certificateSerial === serial)!;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', review: { outcome: 'WITHDRAWN', outcomeReason: 'the certificate no longer stands; NET-H210 must be taken' } });
    const open = await hub.query<{ openTransferReviews: { nodes: { id: string }[] } }>(REVIEWS, { c: 'col-metro' }, registrar);
    expect(open.data!.openTransferReviews.nodes.map((r) => r.id)).not.toContain(id);
    const again = await hub.query(RESOLVE, { input: { id, outcome: 'KEPT', reason: 'changed my mind' } }, registrar);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await expect(hub.databases.college.dataSource.query("UPDATE transfer_review SET outcome = 'KEPT' WHERE id = ?", [Number(id)])).rejects.toThrow(/a resolved review cannot be changed/);
  });
});
