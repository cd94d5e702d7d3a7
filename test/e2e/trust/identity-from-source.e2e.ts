/**
 * Identity from its source: every institution's word about a learner comes
 * from the institution that holds it, asked through the gateway, never typed
 * in again by another. Each refusal writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '@guantong/shared/clock';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { enrolLearner } from '../../helpers/enrol.ts';
import { startHub, type GraphQLResponse, type Hub } from '../../helpers/hub.ts';

const kinds = await databaseKinds();

const REGISTER = 'mutation($input: RegisterPathwayInput!) { registerPathway(input: $input) { stage } }';
const AWARD = 'mutation($input: AwardCertificateInput!) { awardCertificate(input: $input) { serial } }';
const GRANT = 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }';
const ADD_RULE = 'mutation($input: AddCreditRuleInput!) { addCreditRule(input: $input) { id } }';
const PATHWAY = 'query($id: LearnerId!) { student(id: $id) { pathway { stage } } }';

/** The hub's today, `years` earlier (the date of birth of someone that old today). */
const yearsAgo = (years: number) => `${Number(todayInChina().slice(0, 4)) - years}${todayInChina().slice(4)}`;
const today = todayInChina;
const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

describe.each(kinds)('identity from its source (%s)', (kind) => {
  let hub: Hub;
  let tokens: Record<'college' | 'zhilian' | 'admin', string>;
  beforeAll(async () => {
    hub = await startHub(kind);
    tokens = {
      college: await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro' }),
      zhilian: await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-zhilian' }),
      admin: await hub.token({ role: 'ADMIN' }),
    };
  });
  afterAll(() => hub?.stop());

  const registered = async (id: string) => (await hub.query<{ student: unknown }>(PATHWAY, { id }, tokens.admin)).data?.student ?? null;
  const register = (studentId: string, extra: Record<string, unknown> = {}) =>
    hub.query(REGISTER, { input: { studentId, agreementId: 'agr-net', cohort: '2026', registeredOn: today(), ...extra } }, tokens.college);

  describe('registerPathway', () => {
    it('refuses with NOT_FOUND a well-formed learner id that no school enrolled, and writes nothing', async () => {
      const stranger = learnerId(2026, 77777);
      const res = await register(stranger);
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(res.errors![0].message).toMatch(/not enrolled by any secondary school/);
      expect(await registered(stranger)).toBeNull();
    });

    it('refuses a typed birth date that differs from the national ID’s: a 12-year-old cannot be registered as born in 2005', async () => {
      const twelve = await enrolLearner(hub, { name: '小明', birthDate: yearsAgo(12) });
      const res = await register(twelve, { birthDate: '2005-01-01' });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('birthDate');
      expect(await registered(twelve)).toBeNull();
    });

    it('reads the birth date from the ID, so a 12-year-old cannot consent alone and their guardian can', async () => {
      const twelve = await enrolLearner(hub, { name: '小红', birthDate: yearsAgo(12) });
      expect((await register(twelve)).errors).toBeUndefined();
      const input = { studentId: twelve, organizationId: 'org-huadong', scopes: ['IDENTITY', 'RESULTS', 'CERTIFICATES'], purpose: 'recruitment', expiresOn: yearsAgo(-1).slice(0, 8) + '01' };
      const alone = await hub.query(GRANT, { input }, await hub.token({ role: 'STUDENT', student: twelve }));
      expect(codeOf(alone)).toBe('FORBIDDEN');
      expect(alone.errors![0].message).toMatch(/guardian/);
      const byGuardian = await hub.query(GRANT, { input }, await hub.token({ role: 'GUARDIAN', student: twelve }));
      expect(byGuardian.errors).toBeUndefined();
    });

    it('refuses a learner the school enrolled in another programme than the agreement’s', async () => {
      const ecLearner = await enrolLearner(hub, { name: '小刚', birthDate: yearsAgo(15), schoolId: 'sch-hillview', programCode: 'SEC-EC' });
      const res = await register(ecLearner);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].message).toMatch(/SEC-NET/);
      expect(await registered(ecLearner)).toBeNull();
    });
  });

  describe('awardCertificate', () => {
    const award = (studentId: string, holderName: string, serial: string) =>
      hub.query(AWARD, { input: { studentId, holderName, standardCode: 'X-ICV-2', serial, issuedOn: '2026-06-20', score: 80 } }, tokens.zhilian);
    const exists = async (serial: string, name: string) =>
      (await hub.query<{ verifyCertificate: { authentic: boolean } }>('query($s: String!, $n: String!) { verifyCertificate(serial: $s, holderName: $n) { authentic } }', { s: serial, n: name }, tokens.admin)).data!.verifyCertificate.authentic;

    it('refuses with NOT_FOUND a learner no school enrolled', async () => {
      const res = await award(learnerId(2026, 77778), '无名', 'ICV2-TRUST-000001');
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(await exists('ICV2-TRUST-000001', '无名')).toBe(false);
    });

    it('refuses a holder name that is not the enrolled name, and accepts the enrolled one however it is spaced', async () => {
      const learner = await enrolLearner(hub, { name: '欧阳 娜娜', birthDate: yearsAgo(16), schoolId: 'sch-hillview', programCode: 'SEC-AUTO' });
      const wrong = await award(learner, '欧阳 娜', 'ICV2-TRUST-000002');
      expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
      expect(wrong.errors![0].extensions!.field).toBe('holderName');
      expect(await exists('ICV2-TRUST-000002', '欧阳 娜')).toBe(false);
      expect((await award(learner, '欧阳\u3000娜娜 ', 'ICV2-TRUST-000003')).errors).toBeUndefined();
    });
  });

  describe('grantConsent and addCreditRule', () => {
    it('refuses consent for an organisation that does not exist anywhere on the hub', async () => {
      const learner = 'GT2022000028'; // E-commerce, HIGHER, 18 or over
      const input = { studentId: learner, organizationId: 'org-nowhere', scopes: ['RESULTS'], purpose: 'x', expiresOn: '2027-01-31' };
      const res = await hub.query(GRANT, { input }, await hub.token({ role: 'STUDENT', student: learner }));
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('organizationId');
    });

    it('accepts consent for a school, a college and an enterprise, each known to its own subgraph', async () => {
      const learner = 'GT2022000028';
      const student = await hub.token({ role: 'STUDENT', student: learner });
      for (const organizationId of ['sch-riverside', 'col-metro', 'org-tianyi']) {
        const input = { studentId: learner, organizationId, scopes: ['CERTIFICATES'], purpose: 'portfolio', expiresOn: '2027-01-31' };
        expect((await hub.query(GRANT, { input }, student)).errors).toBeUndefined();
      }
    });

    const rule = (extra: Record<string, unknown>) => ({
      agreementId: 'agr-net', exemptCourseCodes: ['NET-H201'], credits: 2, effectiveFrom: '2026-09-01', description: 'trust check', ...extra,
    });
    const rules = async () => (await hub.query<{ creditRules: unknown[] }>('{ creditRules(agreementId: "agr-net") { nodes { id } } }', {}, tokens.college)).data!.creditRules.length;

    it.each([
      ['an unknown certificate standard', { kind: 'CERTIFICATE', standardCode: 'X-NOPE-1' }, 'standardCode'],
      ['a secondary course outside the agreement’s secondary programme', { kind: 'COURSE_RESULT', secondaryCourseCode: 'EC-S101', minScore: 80 }, 'secondaryCourseCode'],
      ['a college course outside the agreement’s college programme', { kind: 'CERTIFICATE', standardCode: 'X-NED-1', exemptCourseCodes: ['EC-H201'] }, 'exemptCourseCodes'],
    ])('addCreditRule refuses %s, and writes nothing', async (_what, extra, field) => {
      const before = await rules();
      const res = await hub.query(ADD_RULE, { input: rule(extra) }, tokens.college);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe(field);
      expect(await rules()).toBe(before);
    });

    it('addCreditRule accepts evidence its owners confirm', async () => {
      const res = await hub.query(ADD_RULE, { input: rule({ kind: 'COURSE_RESULT', secondaryCourseCode: 'NET-S120', minScore: 90 }) }, tokens.college);
      expect(res.errors).toBeUndefined();
    });
  });
});
