import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { addDays, nowInstant, todayInChina } from '@guantong/shared/clock';
import { admin, anonymous, codeOf, fieldOf, guardian, learner, metro, openCollege, UNREGISTERED, type College } from './harness.ts';

const kinds = await databaseKinds();

const GRANT = /* GraphQL */ `
  mutation Grant($input: GrantConsentInput!) {
    grantConsent(input: $input) { id organizationId scopes purpose grantedAt expiresAt revokedAt grantedBy active }
  }
`;
const REVOKE = /* GraphQL */ `
  mutation Revoke($id: ID!) { revokeConsent(id: $id) { id organizationId revokedAt active } }
`;
const CONSENTS = /* GraphQL */ `
  query Consents($id: LearnerId!) { student(id: $id) { consents { nodes { id organizationId scopes purpose grantedBy revokedAt active } } } }
`;
const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterPathwayInput!) { registerPathway(input: $input) { stage } }
`;

interface Grant {
  id: string; organizationId: string; scopes: string[]; purpose: string; grantedAt: string; expiresAt: string;
  revokedAt: string | null; grantedBy: string; active: boolean;
}

const today = todayInChina();
const inAMonth = addDays(today, 30);
/** A date of birth `years` ago (give or take a leap day): the learner's age today. */
const bornYearsAgo = (years: number) => `${Number(today.slice(0, 4)) - years}-${today.slice(5, 7)}-01`;

describe.each(kinds)('consent, granted and withdrawn by the learner or their guardian (%s)', (kind) => {
  let college: College;
  beforeAll(async () => {
    college = await openCollege(kind);
  });
  afterAll(() => college?.close());

  let serial = 10;
  /** A fresh 2023 learner on the demo registry (HIGHER stage, aged 18 or so), one per story. */
  const someone = () => learnerId(2023, (serial += 1));
  const input = (studentId: string, overrides: Record<string, unknown> = {}) => ({
    studentId, organizationId: 'org-huadong', scopes: ['CERTIFICATES', 'RESULTS'], purpose: 'internship placement', expiresOn: inAMonth, ...overrides,
  });
  const grant = async (actor: Actor, variables: ReturnType<typeof input>) => {
    const res = await college.run<{ grantConsent: Grant }>(actor, GRANT, { input: variables });
    expect(res.errors).toBeUndefined();
    return res.data!.grantConsent;
  };
  const consentsOf = async (actor: Actor, id: string) => {
    const res = await college.run<{ student: { consents: { nodes: Grant[] } | null } | null }>(actor, CONSENTS, { id });
    return { consents: res.data?.student?.consents?.nodes ?? null, res };
  };

  /** Runs a grant that must be refused, and proves no grant was written. */
  const refused = async (actor: Actor, variables: ReturnType<typeof input>) => {
    const before = await college.count('consent_grant');
    const res = await college.run(actor, GRANT, { input: variables });
    // null when a resolver refused; absent when the schema refused the variables.
    expect(res.data ?? null).toBeNull();
    expect(await college.count('consent_grant')).toBe(before);
    return res;
  };

  /** A learner registered today with the given date of birth, on the Network Technology pathway. */
  let newcomers = 700;
  const registerBornOn = async (birthDate: string) => {
    const studentId = learnerId(2026, (newcomers += 1));
    // The school enrolled them; the birth date is the one in their national ID.
    college.peers.enrol({ id: studentId, name: `新生${newcomers}`, programCode: 'SEC-NET', birthDate });
    const res = await college.run(metro, REGISTER, { input: { studentId, agreementId: 'agr-net', cohort: '2026', registeredOn: '2026-09-01' } });
    expect(res.errors).toBeUndefined();
    return studentId;
  };

  describe('granting', () => {
    it('a learner grants an organisation access to parts of their record, until the end of the chosen day', async () => {
      const studentId = someone();
      const made = await grant(learner(studentId), input(studentId, { scopes: ['RESULTS', 'CERTIFICATES'], purpose: '  internship placement  ' }));
      expect(made).toMatchObject({
        organizationId: 'org-huadong', scopes: ['RESULTS', 'CERTIFICATES'], purpose: 'internship placement',
        expiresAt: `${inAMonth}T23:59:59.999Z`, revokedAt: null, grantedBy: 'STUDENT', active: true,
      });
      expect(made.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(made.grantedAt <= nowInstant()).toBe(true);
    });

    it('a guardian grants for their learner, and the grant says so', async () => {
      const studentId = someone();
      expect((await grant(guardian(studentId), input(studentId))).grantedBy).toBe('GUARDIAN');
    });

    it('a learner under 14 is refused, and told their guardian must consent; the guardian may', async () => {
      const child = await registerBornOn(bornYearsAgo(12));
      const res = await refused(learner(child), input(child));
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.errors![0].message).toMatch(/guardian/);
      expect((await grant(guardian(child), input(child))).grantedBy).toBe('GUARDIAN');
    });

    it('a learner of 15 consents for themself', async () => {
      const teen = await registerBornOn(bornYearsAgo(15));
      expect((await grant(learner(teen), input(teen))).grantedBy).toBe('STUDENT');
    });

    it('a grant may run for up to 366 days', async () => {
      const studentId = someone();
      const made = await grant(learner(studentId), input(studentId, { expiresOn: addDays(today, 366) }));
      expect(made.expiresAt).toBe(`${addDays(today, 366)}T23:59:59.999Z`);
    });

    it.each([
      ['college staff', metro],
      ['an admin', admin],
      ['another learner', learner(learnerId(2023, 1))],
      ['another learner’s guardian', guardian(learnerId(2023, 1))],
    ])('%s may not grant on the learner’s behalf', async (_who, actor) => {
      expect(codeOf(await refused(actor, input(someone())))).toBe('FORBIDDEN');
    });

    it('an anonymous caller is asked to sign in', async () => {
      expect(codeOf(await refused(anonymous, input(someone())))).toBe('UNAUTHENTICATED');
    });
  });

  describe('bad input is refused, says what is accepted, and writes nothing', () => {
    it.each([
      ['a mistyped learner id', { studentId: 'GT2023000110' }, 'studentId'],
      ['an organisation id with spaces and capitals', { organizationId: 'Org Huadong' }, 'organizationId'],
      ['an injection-shaped organisation id', { organizationId: "org-huadong'; DELETE FROM consent_grant; --" }, 'organizationId'],
      ['a one-letter organisation id', { organizationId: 'x' }, 'organizationId'],
      ['no scopes', { scopes: [] }, 'scopes'],
      ['a scope given twice', { scopes: ['RESULTS', 'RESULTS'] }, 'scopes'],
      ['an empty purpose', { purpose: '   ' }, 'purpose'],
      ['a purpose over 300 characters', { purpose: 'x'.repeat(301) }, 'purpose'],
      ['an expiry today', { expiresOn: today }, 'expiresOn'],
      ['an expiry in the past', { expiresOn: addDays(today, -1) }, 'expiresOn'],
      ['an expiry more than 366 days ahead', { expiresOn: addDays(today, 367) }, 'expiresOn'],
      ['an expiry that is not a calendar date', { expiresOn: '2027-02-30' }, 'expiresOn'],
    ])('%s', async (_what, overrides, field) => {
      const studentId = someone();
      const res = await refused(learner(studentId), input(studentId, overrides));
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe(field);
    });

    it('a learner who is not on the registry, even when their guardian asks', async () => {
      const res = await refused(guardian(UNREGISTERED), input(UNREGISTERED));
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldOf(res)).toBe('studentId');
    });

    it('an unknown scope never reaches the subgraph: the schema refuses it', async () => {
      const studentId = someone();
      const res = await refused(learner(studentId), input(studentId, { scopes: ['EVERYTHING'] }));
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    });
  });

  describe('revoking', () => {
    it('the learner revokes a grant at once; revoking again changes nothing', async () => {
      const studentId = someone();
      const made = await grant(learner(studentId), input(studentId));
      const first = await college.run<{ revokeConsent: Grant }>(learner(studentId), REVOKE, { id: made.id });
      expect(first.errors).toBeUndefined();
      expect(first.data!.revokeConsent).toMatchObject({ id: made.id, active: false });
      expect(first.data!.revokeConsent.revokedAt).not.toBeNull();
      const again = await college.run<{ revokeConsent: Grant }>(learner(studentId), REVOKE, { id: made.id });
      expect(again.data!.revokeConsent).toEqual(first.data!.revokeConsent);
    });

    it('a guardian revokes a grant the learner made', async () => {
      const studentId = someone();
      const made = await grant(learner(studentId), input(studentId));
      const res = await college.run<{ revokeConsent: Grant }>(guardian(studentId), REVOKE, { id: made.id });
      expect(res.data!.revokeConsent.active).toBe(false);
    });

    it('a learner under 14 may not revoke the grant their guardian made', async () => {
      const child = await registerBornOn(bornYearsAgo(11));
      const made = await grant(guardian(child), input(child));
      expect(codeOf(await college.run(learner(child), REVOKE, { id: made.id }))).toBe('FORBIDDEN');
      expect((await consentsOf(guardian(child), child)).consents![0].active).toBe(true);
    });

    it('no one else may revoke, and the grant stays in force', async () => {
      const studentId = someone();
      const made = await grant(learner(studentId), input(studentId));
      for (const actor of [metro, admin, learner(learnerId(2023, 1))]) {
        expect(codeOf(await college.run(actor, REVOKE, { id: made.id }))).toBe('FORBIDDEN');
      }
      expect(codeOf(await college.run(anonymous, REVOKE, { id: made.id }))).toBe('UNAUTHENTICATED');
      expect((await consentsOf(learner(studentId), studentId)).consents![0]).toMatchObject({ id: made.id, revokedAt: null, active: true });
    });

    it('an unknown grant id is not found', async () => {
      const res = await college.run(learner(someone()), REVOKE, { id: '00000000-0000-4000-8000-000000000000' });
      expect(codeOf(res)).toBe('NOT_FOUND');
    });
  });

  describe('listing', () => {
    it('the learner lists every grant, newest first, revoked and expired ones marked inactive', async () => {
      const studentId = someone();
      const older = await grant(learner(studentId), input(studentId, { organizationId: 'org-tianyi', scopes: ['CERTIFICATES'] }));
      // Grants made in the same millisecond have no order; make "newer" newer.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const newer = await grant(learner(studentId), input(studentId, { purpose: 'graduate recruitment' }));
      await college.run(learner(studentId), REVOKE, { id: older.id });
      // A grant that lapsed last month, written as the clock would have left it.
      await college.db.dataSource.query(
        "INSERT INTO consent_grant (id, student_id, organization_id, scopes, purpose, granted_at, expires_at, revoked_at, granted_by, granted_by_subject) VALUES (?, ?, 'org-xinshang', 'RESULTS', 'module assessment', '2020-01-01T00:00:00.000Z', ?, NULL, 'STUDENT', 'student')",
        ['00000000-0000-4000-8000-0000000000e1', studentId, `${addDays(today, -30)}T23:59:59.999Z`],
      );
      const { consents } = await consentsOf(learner(studentId), studentId);
      expect(consents!.map((g) => [g.id, g.active])).toEqual([[newer.id, true], [older.id, false], ['00000000-0000-4000-8000-0000000000e1', false]]);
      expect(consents![1].revokedAt).not.toBeNull();
      expect(consents![2].revokedAt).toBeNull();
    });

    it('the guardian and an admin read the list too', async () => {
      const studentId = someone();
      const made = await grant(learner(studentId), input(studentId));
      for (const actor of [guardian(studentId), admin]) {
        const { consents, res } = await consentsOf(actor, studentId);
        expect(res.errors).toBeUndefined();
        expect(consents!.map((g) => g.id)).toEqual([made.id]);
      }
    });

    it('staff of the learner’s own college may read the record but not the consents', async () => {
      const studentId = someone();
      await grant(learner(studentId), input(studentId));
      const { consents, res } = await consentsOf(metro, studentId);
      expect(consents).toBeNull();
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.errors![0].path).toEqual(['student', 'consents']);
    });
  });
});
