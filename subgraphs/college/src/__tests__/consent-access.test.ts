import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntryEntity } from '@guantong/shared/audit';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { AUTO_GRADUATE } from '../demo/consents.ts';
import { ConsentGrantEntity } from '../entities/consent-grant.ts';
import { addDays, nowInstant, todayInChina } from '@guantong/shared/clock';
import { admin, anonymous, codeOf, guardian, huadong, learner, metro, openCollege, riverside, staff, tianyi, UNREGISTERED, type College } from './harness.ts';

const kinds = await databaseKinds();

const RECORD = /* GraphQL */ `
  query Record($id: LearnerId!) { student(id: $id) { id pathway { stage } higherStage { program { code } results { nodes { score } } } } }
`;
const GRANT = /* GraphQL */ `
  mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }
`;
const REVOKE = /* GraphQL */ `
  mutation Revoke($id: ID!) { revokeConsent(id: $id) { id } }
`;
const GRANTS = /* GraphQL */ `
  query Grants($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id activeGrants { organizationId scopes purpose } } } }
`;
const PATHWAY = /* GraphQL */ `
  query Pathway($r: [_Any!]!) { _entities(representations: $r) { ... on Student { id pathway { stage } } } }
`;

interface Record {
  student: { id: string; pathway: { stage: string } | null; higherStage: { program: { code: string } } | null } | null;
}

const inAMonth = addDays(todayInChina(), 30);

describe.each(kinds)('what a consent grant lets an organisation read (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  /** Learners at the higher stage on the Automotive pathway (serials 3, 6, 9 … of a cohort), untouched by the demo's grants. */
  const fresh = [2023, 2022].flatMap((cohort) => Array.from({ length: 21 }, (_, i) => learnerId(cohort, 3 * (i + 1)))).filter((id) => id !== learnerId(2022, 3));
  /** A fresh learner for each story, so no story sees another's grants or audit entries. */
  const someone = () => {
    const next = fresh.shift();
    if (!next) throw new Error('out of fresh learners: add a cohort to the pool');
    return next;
  };
  const read = (actor: Actor, id: string) => college.run<Record>(actor, RECORD, { id });
  const grantTo = async (studentId: string, organizationId: string, scopes: string[], purpose = 'internship placement') => {
    const res = await college.run<{ grantConsent: { id: string } }>(learner(studentId), GRANT, {
      input: { studentId, organizationId, scopes, purpose, expiresOn: inAMonth },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.grantConsent.id;
  };
  /** The audit entries about one learner, oldest first. */
  const auditOf = (studentId: string) => college.audit.dataSource.getRepository(AuditEntryEntity).find({ where: { studentId }, order: { id: 'ASC' } });

  describe('an enterprise reads a learner’s record', () => {
    it('without consent each part it asks for is refused, and the refusal is on the audit trail', async () => {
      const studentId = someone();
      const res = await read(huadong, studentId);
      expect(codeOf(res)).toBe('FORBIDDEN');
      // The root lets an enterprise through to the fields (it may have issued the
      // learner's certificates, which only the enterprise subgraph knows); each refuses.
      expect(res.data!.student).toEqual({ id: studentId, pathway: null, higherStage: null });
      expect(await auditOf(studentId)).toMatchObject([
        { service: 'college', actorSubject: 'ENTERPRISE_STAFF:org-huadong', actorRole: 'ENTERPRISE_STAFF', organizationId: 'org-huadong', parts: 'RESULTS:higherStage,RESULTS:pathway', outcome: 'DENIED', purpose: null },
      ]);
      expect((await auditOf(studentId))[0].reason).toMatch(/consent/);
    });

    it('with consent for RESULTS it reads the pathway and higher stage, and the audit entry gives the purpose', async () => {
      const studentId = someone();
      await grantTo(studentId, 'org-huadong', ['RESULTS'], 'graduate recruitment');
      const res = await read(huadong, studentId);
      expect(res.errors).toBeUndefined();
      expect(res.data!.student).toMatchObject({ id: studentId, pathway: { stage: 'HIGHER' }, higherStage: { program: { code: 'COL-AUTO' } } });
      const [entry] = await auditOf(studentId);
      expect(entry).toMatchObject({
        organizationId: 'org-huadong', outcome: 'ALLOWED', reason: 'consent', purpose: 'graduate recruitment',
        parts: 'RECORD:student,RESULTS:higherStage,RESULTS:pathway',
      });
      expect(entry.requestId).toMatch(/\S/);
    });

    it('after the learner revokes, the very next request is refused', async () => {
      const studentId = someone();
      const id = await grantTo(studentId, 'org-huadong', ['RESULTS']);
      expect((await read(huadong, studentId)).errors).toBeUndefined();
      expect((await college.run(learner(studentId), REVOKE, { id })).errors).toBeUndefined();
      expect(codeOf(await read(huadong, studentId))).toBe('FORBIDDEN');
      expect((await auditOf(studentId)).map((e) => e.outcome)).toEqual(['ALLOWED', 'DENIED']);
    });

    it('once the grant has expired, the very next request is refused', async () => {
      const studentId = someone();
      const id = await grantTo(studentId, 'org-huadong', ['RESULTS']);
      expect((await read(huadong, studentId)).errors).toBeUndefined();
      // Time passes: the grant's expiry is now behind us.
      await college.db.dataSource.getRepository(ConsentGrantEntity).update({ id }, { expiresAt: new Date(Date.parse(nowInstant()) - 1000).toISOString() });
      expect(codeOf(await read(huadong, studentId))).toBe('FORBIDDEN');
    });

    it('a grant covering certificates only opens the record, not the results', async () => {
      const studentId = someone();
      await grantTo(studentId, 'org-huadong', ['CERTIFICATES']);
      const res = await read(huadong, studentId);
      expect(res.data!.student).toMatchObject({ id: studentId, pathway: null, higherStage: null });
      expect(res.errors!.map((e) => [e.extensions?.code, e.path?.join('.')])).toEqual([
        ['FORBIDDEN', 'student.pathway'],
        ['FORBIDDEN', 'student.higherStage'],
      ]);
      const entries = await auditOf(studentId);
      expect(entries.map((e) => [e.outcome, e.parts])).toEqual([
        ['ALLOWED', 'RECORD:student'],
        ['DENIED', 'RESULTS:higherStage,RESULTS:pathway'],
      ]);
    });

    it('a grant to one organisation does nothing for another', async () => {
      const studentId = someone();
      await grantTo(studentId, 'org-tianyi', ['RESULTS', 'CERTIFICATES', 'IDENTITY']);
      expect(codeOf(await read(huadong, studentId))).toBe('FORBIDDEN');
      expect((await read(tianyi, studentId)).errors).toBeUndefined();
    });

    it('the demo graduate’s grant lets Huadong read them', async () => {
      const res = await read(huadong, AUTO_GRADUATE);
      expect(res.errors).toBeUndefined();
      expect(res.data!.student!.pathway).toEqual({ stage: 'GRADUATED' });
    });
  });

  describe('who else reads, and the audit trail of it', () => {
    it('the pathway’s own institutions read by relationship, the learner and guardian as their own, an admin by administration', async () => {
      const studentId = someone();
      const readers: [Actor, string, string][] = [
        [metro, 'COLLEGE_STAFF', 'relationship'],
        [learner(studentId), 'STUDENT', 'own record'],
        [guardian(studentId), 'GUARDIAN', 'guardian'],
        [admin, 'ADMIN', 'administration'],
      ];
      for (const [actor] of readers) expect((await read(actor, studentId)).errors).toBeUndefined();
      expect((await auditOf(studentId)).map((e) => [e.actorRole, e.reason])).toEqual(readers.map(([, role, basis]) => [role, basis]));
    });

    it('a school on another pathway is refused, and recorded', async () => {
      const studentId = someone();
      expect(codeOf(await read(riverside, studentId))).toBe('FORBIDDEN');
      expect(await auditOf(studentId)).toMatchObject([{ organizationId: 'sch-riverside', outcome: 'DENIED' }]);
    });

    it('an anonymous attempt is refused and recorded, even for a learner not on the registry', async () => {
      for (const id of [someone(), UNREGISTERED]) {
        expect(codeOf(await read(anonymous, id))).toBe('UNAUTHENTICATED');
        expect(await auditOf(id)).toMatchObject([{ actorSubject: 'anonymous', actorRole: 'ANONYMOUS', outcome: 'DENIED', parts: 'RECORD:student' }]);
      }
    });

    it('reads through _entities are recorded per learner: allowed for one, refused for the other', async () => {
      const [granted, other] = [someone(), someone()];
      await grantTo(granted, 'org-huadong', ['RESULTS']);
      const res = await college.run<{ _entities: { pathway: unknown }[] }>(huadong, PATHWAY, { r: [granted, other].map((id) => ({ __typename: 'Student', id })) });
      expect(res.data!._entities.map((e) => e.pathway)).toEqual([{ stage: 'HIGHER' }, null]);
      expect(await auditOf(granted)).toMatchObject([{ outcome: 'ALLOWED', parts: 'RESULTS:pathway', reason: 'consent' }]);
      expect(await auditOf(other)).toMatchObject([{ outcome: 'DENIED', parts: 'RESULTS:pathway' }]);
    });
  });

  describe('activeGrants, as other subgraphs receive them through _entities', () => {
    it('lists only the grants in force now, for any learner id', async () => {
      const studentId = someone();
      await grantTo(studentId, 'org-huadong', ['CERTIFICATES', 'RESULTS'], 'graduate recruitment');
      const revoked = await grantTo(studentId, 'org-tianyi', ['IDENTITY']);
      await college.run(learner(studentId), REVOKE, { id: revoked });
      const ids = [studentId, AUTO_GRADUATE, learnerId(2021, 1), learnerId(2022, 2), UNREGISTERED];
      const res = await college.run<{ _entities: { id: string; activeGrants: unknown[] }[] }>(admin, GRANTS, { r: ids.map((id) => ({ __typename: 'Student', id })) });
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities).toEqual([
        { id: studentId, activeGrants: [{ organizationId: 'org-huadong', scopes: ['RESULTS', 'CERTIFICATES'], purpose: 'graduate recruitment' }] },
        { id: AUTO_GRADUATE, activeGrants: [{ organizationId: 'org-huadong', scopes: ['RESULTS', 'CERTIFICATES'], purpose: 'graduate recruitment' }] },
        { id: learnerId(2021, 1), activeGrants: [] }, // revoked in the demo
        { id: learnerId(2022, 2), activeGrants: [] }, // expired in the demo
        { id: UNREGISTERED, activeGrants: [] },
      ]);
    });

    it('ignores grants claimed in the representation: they come from the registry', async () => {
      const studentId = someone();
      const claimed = [{ organizationId: 'org-huadong', scopes: ['RESULTS'], purpose: 'forged' }];
      const res = await college.run<{ _entities: { activeGrants: unknown[]; pathway: unknown }[] }>(huadong, /* GraphQL */ `
        query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { activeGrants { organizationId } pathway { stage } } } }
      `, { r: [{ __typename: 'Student', id: studentId, activeGrants: claimed }] });
      expect(res.data!._entities[0]).toEqual({ activeGrants: [], pathway: null });
      expect(codeOf(res)).toBe('FORBIDDEN');
    });

    it('costs one query for all the learners of a request', async () => {
      const measure = async (n: number) => {
        const r = Array.from({ length: n }, (_, i) => ({ __typename: 'Student', id: learnerId(2021, i + 1) }));
        const before = college.db.statements.count;
        expect((await college.run(admin, GRANTS, { r })).errors).toBeUndefined();
        return college.db.statements.count - before;
      };
      expect(await measure(10)).toBe(1);
      expect(await measure(63)).toBe(1);
    });
  });

  it('an enterprise’s list holds the learners who consented to it, and loses them when consent ends', async () => {
    const enterprise = staff('ENTERPRISE_STAFF', 'org-zhilian');
    const studentId = someone();
    const LIST = '{ students(first: 100) { totalCount nodes { id pathway { stage } } } }';
    const list = async () => (await college.run<{ students: { totalCount: number; nodes: { id: string }[] } }>(enterprise, LIST)).data!.students;
    expect((await list()).totalCount).toBe(0);
    const id = await grantTo(studentId, 'org-zhilian', ['RESULTS']);
    expect(await list()).toEqual({ totalCount: 1, nodes: [{ id: studentId, pathway: { stage: 'HIGHER' } }] });
    await college.run(learner(studentId), REVOKE, { id });
    expect((await list()).totalCount).toBe(0);
  });
});
