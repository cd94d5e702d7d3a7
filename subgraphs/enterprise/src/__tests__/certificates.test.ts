import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import {
  AUTO_GRADUATE,
  NET_GRADUATE,
  NO_CERTIFICATES,
  REVOKED_HOLDER,
  callers,
  consentTo,
  entitiesCost,
  entryOf,
  openHarness,
  studentRef,
  type Harness,
} from './harness.ts';

const kinds = await databaseKinds();

interface Award { serial: string; standard: { code: string }; status: string; issuedOn: string; score: number | null; revokedOn: string | null; revocationReason: string | null }
interface StudentView { id: string; certificates: { nodes: Award[] } | null }

const CERTIFICATES = /* GraphQL */ `
  query($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Student { id certificates { nodes { serial standard { code } status issuedOn score revokedOn revocationReason } } }
    }
  }
`;

/** Each learner as the gateway would send them, with the pathway's school and college. */
const netGraduate = studentRef(NET_GRADUATE, ['sch-riverside', 'col-metro']);
const autoGraduate = studentRef(AUTO_GRADUATE, ['sch-hillview', 'col-metro']);

describe.each(kinds)('a learner’s certificates (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const read = async (actor: Actor, ...refs: object[]) => {
    const { data, errors } = await hub.run<{ _entities: StudentView[] }>(actor, CERTIFICATES, { r: refs });
    return { students: data?._entities ?? [], errors: errors ?? [] };
  };
  const codesSeenBy = async (actor: Actor, ref: object) => {
    const { students, errors } = await read(actor, ref);
    expect(errors).toEqual([]);
    return students[0]?.certificates?.nodes.map((c) => c.standard.code);
  };

  it('the pathway’s school reads every certificate of its learner, newest first, and the read is audited', async () => {
    let reply: Awaited<ReturnType<typeof read>> | undefined;
    const audit = await hub.auditedBy(async () => {
      reply = await read(callers.riverside, netGraduate);
    });
    expect(audit.map(entryOf)).toEqual([
      {
        service: 'enterprise', actorRole: 'SECONDARY_STAFF', organizationId: 'sch-riverside', studentId: NET_GRADUATE,
        parts: 'CERTIFICATES:certificates', outcome: 'ALLOWED', reason: 'relationship', purpose: null,
      },
    ]);
    const { students, errors } = reply ?? { students: [], errors: [] };
    expect(errors).toEqual([]);
    expect(students[0]).toEqual({
      id: NET_GRADUATE,
      certificates: { nodes: [
        { serial: 'NE2-2026-000002', standard: { code: 'X-NE-2' }, status: 'VALID', issuedOn: '2026-06-20', score: expect.any(Number), revokedOn: null, revocationReason: null },
        { serial: 'NED1-2023-000001', standard: { code: 'X-NED-1' }, status: 'VALID', issuedOn: '2023-06-20', score: expect.any(Number), revokedOn: null, revocationReason: null },
      ] },
    });
  });

  it('orders certificates issued the same day by serial', async () => {
    const { students } = await read(callers.admin, autoGraduate);
    expect(students[0]?.certificates?.nodes.map((c) => c.serial)).toEqual(['HDICVT-2026-000004', 'ICV2-2026-000003']);
  });

  it('the pathway’s college reads every certificate too', async () => {
    expect(await codesSeenBy(callers.metroCollege, autoGraduate)).toEqual(['E-HD-ICVT', 'X-ICV-2']);
  });

  it.each([
    ['Zhilian, issuer of X-ICV-2', callers.zhilian, ['X-ICV-2']],
    ['Huadong, issuer of E-HD-ICVT', callers.huadong, ['E-HD-ICVT']],
    ['a college’s staff holding Zhilian’s organisation id', callers.collegeAsZhilian, ['X-ICV-2']],
  ])('an issuing organisation sees only the awards it issued: %s', async (_who, actor, expected) => {
    expect(await codesSeenBy(actor, autoGraduate)).toEqual(expected);
  });

  it('an enterprise that issued none and holds no consent is told it needs consent for CERTIFICATES, not given an empty list', async () => {
    const { students, errors } = await read(callers.tianyi, autoGraduate);
    expect(students).toEqual([{ id: AUTO_GRADUATE, certificates: null }]);
    expect(errors.map((e) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', ['_entities', 0, 'certificates']]]);
    expect(errors[0]?.message).toMatch(/consent for CERTIFICATES; an issuing organisation reads without it only the awards it made/);
    expect(errors[0]?.message).not.toMatch(/RESULTS/);
  });

  it('an issuer’s partial view is audited as allowed, and the awards it did not make leave no refusal', async () => {
    const audit = await hub.auditedBy(() => codesSeenBy(callers.huadong, autoGraduate));
    expect(audit.map(({ organizationId, outcome, reason, parts }) => ({ organizationId, outcome, reason, parts }))).toEqual([
      { organizationId: 'org-huadong', outcome: 'ALLOWED', reason: 'relationship', parts: 'CERTIFICATES:certificates' },
    ]);
  });

  it('a school sees none of another school’s learner’s certificates, without an error, and the refusal is audited', async () => {
    const audit = await hub.auditedBy(async () => {
      expect(await codesSeenBy(callers.riverside, autoGraduate)).toEqual([]);
    });
    expect(audit.map(entryOf)).toEqual([
      {
        service: 'enterprise', actorRole: 'SECONDARY_STAFF', organizationId: 'sch-riverside', studentId: AUTO_GRADUATE,
        parts: 'CERTIFICATES:certificates', outcome: 'DENIED', reason: expect.stringContaining('consent for CERTIFICATES'), purpose: null,
      },
    ]);
  });

  it('an organisation with no award and no consent is refused and audited even for a learner with no certificates', async () => {
    const audit = await hub.auditedBy(async () => {
      const { students, errors } = await read(callers.tianyi, studentRef(NO_CERTIFICATES, ['sch-hillview', 'col-metro']));
      expect([students[0]?.certificates, errors[0]?.extensions?.code]).toEqual([null, 'FORBIDDEN']);
    });
    expect(audit.map((e) => [e.studentId, e.outcome])).toEqual([[NO_CERTIFICATES, 'DENIED']]);
  });

  it('a learner reads their own certificates, and none of another learner’s', async () => {
    const audit = await hub.auditedBy(async () => {
      expect(await codesSeenBy(callers.learner(NET_GRADUATE), netGraduate)).toEqual(['X-NE-2', 'X-NED-1']);
      expect(await codesSeenBy(callers.learner(NET_GRADUATE), autoGraduate)).toEqual([]);
    });
    expect(audit.map((e) => [e.studentId, e.outcome, e.reason?.split(' ').slice(0, 2).join(' ')])).toEqual([
      [NET_GRADUATE, 'ALLOWED', 'own record'],
      [AUTO_GRADUATE, 'DENIED', 'a learner'],
    ]);
  });

  it('a guardian reads their learner’s certificates, and none of another learner’s', async () => {
    const audit = await hub.auditedBy(async () => {
      expect(await codesSeenBy(callers.guardian(NET_GRADUATE), netGraduate)).toEqual(['X-NE-2', 'X-NED-1']);
      expect(await codesSeenBy(callers.guardian(NET_GRADUATE), autoGraduate)).toEqual([]);
    });
    expect(audit.map((e) => [e.studentId, e.actorRole, e.outcome, e.reason?.split(' ')[0]])).toEqual([
      [NET_GRADUATE, 'GUARDIAN', 'ALLOWED', 'guardian'],
      [AUTO_GRADUATE, 'GUARDIAN', 'DENIED', 'a'],
    ]);
  });

  it('an admin reads everyone’s certificates', async () => {
    const { students, errors } = await read(callers.admin, netGraduate, autoGraduate);
    expect(errors).toEqual([]);
    expect(students.map((s) => s.certificates?.nodes.length)).toEqual([2, 2]);
  });

  it('shows a revoked certificate with the date and reason of revocation', async () => {
    const { students } = await read(callers.zhongxin, studentRef(REVOKED_HOLDER, ['sch-riverside', 'col-metro']));
    expect(students[0]?.certificates?.nodes).toEqual([
      expect.objectContaining({
        standard: { code: 'X-NED-1' },
        status: 'REVOKED',
        revokedOn: '2025-03-01',
        revocationReason: 'assessment irregularity found on audit by the evaluation organisation',
      }),
    ]);
  });

  it('a learner with no certificates has an empty list', async () => {
    const { students, errors } = await read(callers.admin, studentRef(NO_CERTIFICATES, ['sch-hillview', 'col-metro']));
    expect(errors).toEqual([]);
    expect(students[0]?.certificates).toEqual({ nodes: [] });
  });

  it('an anonymous caller is asked to sign in: the list is null with UNAUTHENTICATED, and each refusal is audited', async () => {
    let reply: Awaited<ReturnType<typeof read>> | undefined;
    const audit = await hub.auditedBy(async () => {
      reply = await read(callers.anonymous, netGraduate, studentRef(NO_CERTIFICATES, []));
    });
    expect(audit.map((e) => [e.studentId, e.actorRole, e.organizationId, e.parts, e.outcome])).toEqual([
      [NET_GRADUATE, 'ANONYMOUS', null, 'CERTIFICATES:certificates', 'DENIED'],
      [NO_CERTIFICATES, 'ANONYMOUS', null, 'CERTIFICATES:certificates', 'DENIED'],
    ]);
    const { students, errors } = reply ?? { students: [], errors: [] };
    expect(students).toEqual([
      { id: NET_GRADUATE, certificates: null },
      { id: NO_CERTIFICATES, certificates: null },
    ]);
    expect(errors.map((e) => [e.extensions?.code, e.path])).toEqual([
      ['UNAUTHENTICATED', ['_entities', 0, 'certificates']],
      ['UNAUTHENTICATED', ['_entities', 1, 'certificates']],
    ]);
  });

  it.each([
    ['an admin', callers.admin, [], true],
    ['an issuing organisation, which filters per award', callers.zhilian, [], true],
    ['an enterprise with every learner’s consent', callers.tianyi, [consentTo('org-tianyi', 'CERTIFICATES')], true],
    ['an enterprise with consent for results only, which sees nothing', callers.tianyi, [consentTo('org-tianyi', 'RESULTS')], false],
  ])('costs the same number of SQL statements for 100 learners as for 10: %s', async (_who, actor, grants, seesSome) => {
    const query = /* GraphQL */ `
      query($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on Student { id certificates { nodes { serial standard { code issuer { name }
            recognitions { id counterpart { code name issuer { id } } } } } } }
        }
      }
    `;
    const ten = await entitiesCost<StudentView>(hub, actor, query, 10, grants);
    const hundred = await entitiesCost<StudentView>(hub, actor, query, 100, grants);
    expect(hundred.students.some((s) => s.certificates?.nodes.length)).toBe(seesSome);
    // An enterprise's refused rows come back null, each with FORBIDDEN, at no extra cost.
    expect(hundred.students.some((s) => s.certificates === null)).toBe(actor === callers.zhilian || !seesSome);
    expect(ten.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBe(ten.statements);
  });
});
