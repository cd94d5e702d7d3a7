import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { AUTO_GRADUATE } from '../demo/consents.ts';
import { ConsentGrantEntity } from '../entities/consent-grant.ts';
import { demoEvidence, demoLearners, withEvidence } from './credit-fixtures.ts';
import { admin, codeOf, EC_LEARNER, hillview, huadong, learner, metro, NET_LEARNER, openCollege, riverside, staff, UNREGISTERED, type College } from './harness.ts';

const kinds = await databaseKinds();
const REVOKED_HOLDER = learnerId(2022, 4); // the demo's revoked X-NED-1 award

const SUMMARY = 'agreement { id } totalCredits transfers { status reason credits rule { id kind priority } evidence { kind certificateSerial standardCode secondaryCourseCode term score evidencedOn } exemptedCourse { code title } }';
const TRANSFERS = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id creditTransfers { ${SUMMARY} } } } }`;
const PREVIEW = `query($r: [_Any!]!, $agreementId: ID!) { _entities(representations: $r) { ... on Student { id creditTransferPreview(agreementId: $agreementId) { ${SUMMARY} } } } }`;

interface Transfer {
  status: string; reason: string | null; credits: number; rule: { id: string; kind: string; priority: number };
  evidence: { kind: string; certificateSerial: string | null; standardCode: string | null; secondaryCourseCode: string | null; term: string | null; score: number | null; evidencedOn: string | null };
  exemptedCourse: { code: string; title: string };
}
interface Summary { agreement: { id: string }; totalCredits: number; transfers: Transfer[] }
type Entities = { _entities: { id: string; creditTransfers?: Summary | null; creditTransferPreview?: Summary | null }[] };

describe.each(kinds)('credit transfers, decided from live evidence (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  const transfers = (actor: Parameters<College['run']>[0], representations: object[]) => college.run<Entities>(actor, TRANSFERS, { r: representations });
  const summaryOf = async (representation: object, actor = metro) => {
    const res = await transfers(actor, [representation]);
    expect(res.errors).toBeUndefined();
    return res.data!._entities[0].creditTransfers!;
  };

  describe('each rule kind', () => {
    it('a CERTIFICATE rule: a valid X-NED-1 award exempts NET-H210, and supersedes the course-result rule for the same course', async () => {
      const summary = await summaryOf(withEvidence(NET_LEARNER));
      expect(summary.agreement.id).toBe('agr-net');
      expect(summary.transfers).toEqual([
        {
          status: 'APPLIED', reason: null, credits: 4, rule: { id: '1', kind: 'CERTIFICATE', priority: 10 },
          evidence: { kind: 'CERTIFICATE', certificateSerial: 'NED1-2024-000073', standardCode: 'X-NED-1', secondaryCourseCode: null, term: null, score: 85, evidencedOn: '2024-06-20' },
          exemptedCourse: { code: 'NET-H210', title: 'Routing and Switching Technology' },
        },
        expect.objectContaining({
          status: 'SUPERSEDED', rule: { id: '2', kind: 'COURSE_RESULT', priority: 5 },
          reason: 'superseded by rule 1 (priority 10), which exempts NET-H210 on certificate NED1-2024-000073',
        }),
      ]);
      expect(summary.totalCredits).toBe(4);
    });

    it('a COURSE_RESULT rule: without the certificate, NET-S120 passed with 86 exempts NET-H210 on its own', async () => {
      const summary = await summaryOf(withEvidence(NET_LEARNER, { ...demoEvidence(NET_LEARNER), certificateFacts: [] }));
      expect(summary.transfers).toEqual([
        expect.objectContaining({
          status: 'APPLIED', rule: { id: '2', kind: 'COURSE_RESULT', priority: 5 },
          evidence: { kind: 'COURSE_RESULT', certificateSerial: null, standardCode: null, secondaryCourseCode: 'NET-S120', term: '2023-2024-1', score: 86, evidencedOn: '2024-01-31' },
        }),
      ]);
      expect(summary.totalCredits).toBe(4);
    });
  });

  describe('the revocation cascade', () => {
    it('a transfer resting on a revoked certificate shows REVERSED with the reason, and its credits stop counting', async () => {
      const summary = await summaryOf(withEvidence(REVOKED_HOLDER));
      expect(summary.transfers).toEqual([
        expect.objectContaining({
          status: 'REVERSED', credits: 4, evidence: expect.objectContaining({ certificateSerial: 'NED1-2024-000077' }),
          reason: 'certificate NED1-2024-000077 revoked on 2025-03-01: assessment irregularity found on audit by the evaluation organisation',
        }),
      ]);
      expect(summary.totalCredits).toBe(0);
    });

    it('needs no manual step: the same award counts while valid and is reversed on the next request after revocation', async () => {
      const evidence = demoEvidence(NET_LEARNER);
      const valid = await summaryOf(withEvidence(NET_LEARNER, evidence));
      expect(valid.transfers[0].status).toBe('APPLIED');
      const revoked = { ...evidence, certificateFacts: evidence.certificateFacts!.map((c) => ({ ...c, status: 'REVOKED', revokedOn: '2026-11-01', revocationReason: 'forged' })) };
      const after = await summaryOf(withEvidence(NET_LEARNER, revoked));
      expect(after.transfers.map((t) => [t.rule.id, t.status])).toEqual([['1', 'REVERSED'], ['2', 'APPLIED']]);
      expect(after.transfers[0].reason).toBe('certificate NED1-2024-000073 revoked on 2026-11-01: forged');
      expect(after.totalCredits).toBe(4);
    });
  });

  it('conflicting rules at equal priority: the lower rule id applies, the other is superseded and points at the conflict report', async () => {
    const summary = await summaryOf(withEvidence(EC_LEARNER)); // X-OSOP-1 issued 2024-06-20, under both rules
    expect(summary.transfers.map((t) => [t.rule.id, t.credits, t.status])).toEqual([['3', 3, 'APPLIED'], ['4', 4, 'SUPERSEDED']]);
    expect(summary.transfers[1].reason).toMatch(/rule 3 .*lower rule id wins \(see creditRuleConflicts\)/);
    expect(summary.totalCredits).toBe(3);
  });

  describe('what-if', () => {
    const preview = async (representation: object, agreementId: string, actor = metro) =>
      college.run<Entities>(actor, PREVIEW, { r: [representation], agreementId });

    it('previews the credit a learner would get under another agreement’s rules, leaving their own untouched', async () => {
      const evidence = demoEvidence(NET_LEARNER);
      const icv = { serial: 'ICV2-2026-900001', status: 'VALID', score: 88, issuedOn: '2026-06-20', revokedOn: null, revocationReason: null, standard: { code: 'X-ICV-2', level: 'INTERMEDIATE' } };
      const representation = withEvidence(NET_LEARNER, { ...evidence, certificateFacts: [...evidence.certificateFacts!, icv] });
      const res = await preview(representation, 'agr-auto');
      expect(res.errors).toBeUndefined();
      const summary = res.data!._entities[0].creditTransferPreview!;
      expect(summary.agreement.id).toBe('agr-auto');
      expect(summary.transfers.map((t) => [t.rule.id, t.status, t.exemptedCourse.code])).toEqual([['5', 'APPLIED', 'AUTO-H201']]);
      expect(summary.totalCredits).toBe(4);
      expect((await summaryOf(representation)).agreement.id).toBe('agr-net');
    });

    it('refuses an unknown agreement', async () => {
      const res = await preview(withEvidence(NET_LEARNER), 'agr-none');
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('agreementId');
    });

    it('is part RESULTS of the learner’s record: an unrelated school is refused', async () => {
      expect(codeOf(await preview(withEvidence(NET_LEARNER), 'agr-ec', hillview))).toBe('FORBIDDEN');
    });
  });

  describe('who may see credit transfers', () => {
    it('the pathway’s school, the learner and an admin see them; an unrelated school does not', async () => {
      for (const actor of [riverside, learner(NET_LEARNER), admin]) expect((await transfers(actor, [withEvidence(NET_LEARNER)])).errors).toBeUndefined();
      const refused = await transfers(hillview, [withEvidence(NET_LEARNER)]);
      expect(codeOf(refused)).toBe('FORBIDDEN');
      expect(refused.data!._entities[0].creditTransfers).toBeNull();
    });

    it('an enterprise with the learner’s consent for RESULTS and CERTIFICATES sees them', async () => {
      const summary = await summaryOf(withEvidence(AUTO_GRADUATE), huadong);
      expect(summary.transfers.map((t) => [t.rule.id, t.status])).toEqual([['5', 'APPLIED'], ['6', 'SUPERSEDED']]);
    });

    it('consent for RESULTS alone is not enough where the rules read certificates: the certificates it could see would be partial', async () => {
      const xinshang = staff('ENTERPRISE_STAFF', 'org-xinshang');
      await college.db.dataSource.getRepository(ConsentGrantEntity).insert({
        id: '0b7e6a52-7d0c-4f57-9d1a-3c1f00000001', studentId: EC_LEARNER, organizationId: 'org-xinshang', scopes: 'RESULTS', purpose: 'module assessment',
        grantedAt: '2026-09-01T00:00:00.000Z', expiresAt: '2099-01-01T00:00:00.000Z', revokedAt: null, grantedBy: 'STUDENT', grantedBySubject: `student:${EC_LEARNER}`,
      });
      const res = await transfers(xinshang, [withEvidence(EC_LEARNER)]);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.errors![0].message).toMatch(/certificates/);
    });

    it('null for a learner who is not on the registry', async () => {
      const res = await transfers(admin, [withEvidence(UNREGISTERED, { certificateFacts: [], secondaryStage: { resultFacts: [] } })]);
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities[0].creditTransfers).toBeNull();
    });
  });

  describe('evidence that did not arrive', () => {
    it('FORBIDDEN, saying the certificates are not readable, rather than deciding on partial evidence', async () => {
      const res = await transfers(metro, [withEvidence(NET_LEARNER, { ...demoEvidence(NET_LEARNER), certificateFacts: null })]);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.errors![0].message).toMatch(/certificates \(enterprise subgraph\) are not readable to you.*partial evidence/);
    });

    it('FORBIDDEN when the secondary results are missing and a rule reads them', async () => {
      const res = await transfers(metro, [withEvidence(NET_LEARNER, { certificateFacts: demoEvidence(NET_LEARNER).certificateFacts })]);
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.errors![0].message).toMatch(/secondary results \(secondary subgraph\)/);
    });

    it('evidence no rule of the agreement reads may be missing: E-commerce rules take certificates only', async () => {
      const res = await transfers(metro, [withEvidence(EC_LEARNER, { certificateFacts: [], secondaryStage: null })]);
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities[0].creditTransfers!.transfers).toEqual([]);
    });
  });

  it('creditTransfers over 100 learners costs the same SQL statements as over 10', async () => {
    const ids = [...demoLearners({ cohort: '2022' }), ...demoLearners({ cohort: '2023' })];
    const measure = async (n: number) => {
      const before = college.db.statements.count;
      const res = await transfers(admin, ids.slice(0, n).map((id) => withEvidence(id)));
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities.filter((e) => e.creditTransfers)).toHaveLength(n);
      return college.db.statements.count - before;
    };
    await measure(5);
    const ten = await measure(10);
    const hundred = await measure(100);
    expect(hundred).toBe(ten);
    expect(ten).toBeLessThanOrEqual(6);
  });
});
