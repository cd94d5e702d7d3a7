import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { AUTO_GRADUATE, NET_GRADUATE, REVOKED_HOLDER, callers, consentTo, entitiesCost, entryOf, openHarness, studentRef, type Harness } from './harness.ts';
import { autoGraduate, netGraduate, pinToday, readerOf, type StudentView } from './recognized.ts';

const kinds = await databaseKinds();
pinToday();

describe.each(kinds)('what a learner’s certificates count as, in the demo (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());
  const { read, linesSeenBy } = readerOf(() => hub);

  it('the pathway’s school sees its graduate’s entry certificate count as Tianyi’s grade, one way, with the agreement’s dates; the read is audited', async () => {
    const audit = await hub.auditedBy(async () => {
      expect(await linesSeenBy(callers.riverside, netGraduate)).toEqual([
        { standard: 'E-TY-NT', award: 'NED1-2023-000001', path: ['rec-ned-tianyi'], via: ['E-TY-NT'], from: '2024-01-01', to: '2028-12-31' },
      ]);
    });
    expect(audit.map(entryOf)).toEqual([
      {
        service: 'enterprise', actorRole: 'SECONDARY_STAFF', organizationId: 'sch-riverside', studentId: NET_GRADUATE,
        parts: 'CERTIFICATES:recognizedCertificates', outcome: 'ALLOWED', reason: 'relationship', purpose: null,
      },
    ]);
  });

  it('a graduate holding both ICV certificates counts as Xinghe’s too, once, through the earliest award; what they hold is not listed', async () => {
    // Both awards were issued on 2026-06-20; the serial breaks the tie.
    expect(await linesSeenBy(callers.metroCollege, autoGraduate)).toEqual([
      { standard: 'E-XH-ADAS', award: 'HDICVT-2026-000004', path: ['rec-huadong-xinghe'], via: ['E-XH-ADAS'], from: '2024-09-01', to: null },
    ]);
  });

  it.each([
    [
      'Zhilian sees its X-ICV-2 count as both enterprise certificates of the cycle',
      callers.zhilian,
      [
        { standard: 'E-HD-ICVT', award: 'ICV2-2026-000003', path: ['rec-icv-huadong'], via: ['E-HD-ICVT'], from: '2023-09-01', to: null },
        { standard: 'E-XH-ADAS', award: 'ICV2-2026-000003', path: ['rec-icv-xinghe'], via: ['E-XH-ADAS'], from: '2025-03-01', to: '2030-08-31' },
      ],
    ],
    [
      'Huadong sees its E-HD-ICVT count as X-ICV-2 and Xinghe’s certificate',
      callers.huadong,
      [
        { standard: 'E-XH-ADAS', award: 'HDICVT-2026-000004', path: ['rec-huadong-xinghe'], via: ['E-XH-ADAS'], from: '2024-09-01', to: null },
        { standard: 'X-ICV-2', award: 'HDICVT-2026-000004', path: ['rec-icv-huadong'], via: ['X-ICV-2'], from: '2023-09-01', to: null },
      ],
    ],
  ])('an issuer works only from the awards it made, so nothing betrays the others: %s', async (_who, actor, expected) => {
    expect(await linesSeenBy(actor, autoGraduate)).toEqual(expected);
  });

  it('an enterprise that issued neither and holds no consent is told it needs consent for CERTIFICATES', async () => {
    const { students, errors } = await read(callers.tianyi, autoGraduate);
    expect(students).toEqual([{ id: AUTO_GRADUATE, recognizedCertificates: null }]);
    expect(errors.map((e) => [e.extensions?.code, /consent for CERTIFICATES/.test(e.message)])).toEqual([['FORBIDDEN', true]]);
  });

  it('a revoked certificate counts as nothing', async () => {
    expect(await linesSeenBy(callers.admin, studentRef(REVOKED_HOLDER, ['sch-riverside', 'col-metro']))).toEqual([]);
  });

  it.each([
    ['the learner themselves', callers.learner(NET_GRADUATE), [], 'ALLOWED', 'own record', 1],
    ['their guardian', callers.guardian(NET_GRADUATE), [], 'ALLOWED', 'guardian', 1],
    ['another learner', callers.learner(AUTO_GRADUATE), [], 'DENIED', 'a learner may read only their own learner\'s record', 0],
    ['a school on another pathway', callers.hillview, [], 'DENIED', expect.stringContaining('consent for CERTIFICATES'), 0],
    ['an enterprise with consent for CERTIFICATES', callers.tianyi, [consentTo('org-tianyi', 'CERTIFICATES')], 'ALLOWED', 'consent', 1],
    ['an enterprise with consent for RESULTS only', callers.tianyi, [consentTo('org-tianyi', 'RESULTS')], 'DENIED', expect.stringContaining('consent for CERTIFICATES'), 0],
  ])('%s: the same rules as for certificates, each decision audited', async (_who, actor, grants, outcome, reason, listed) => {
    let seen: StudentView[] = [];
    const audit = await hub.auditedBy(async () => {
      seen = (await read(actor, studentRef(NET_GRADUATE, ['sch-riverside', 'col-metro'], grants))).students;
    });
    // An enterprise refused is told (null with FORBIDDEN); anyone else sees an empty list.
    expect(seen[0]?.recognizedCertificates?.nodes.length ?? 0).toBe(listed);
    expect(audit.map((e) => [e.studentId, e.parts, e.outcome, e.reason])).toEqual([[NET_GRADUATE, 'CERTIFICATES:recognizedCertificates', outcome, reason]]);
  });

  it('an anonymous caller is asked to sign in: the list is null with UNAUTHENTICATED, and the refusal is audited', async () => {
    let reply: Awaited<ReturnType<typeof read>> | undefined;
    const audit = await hub.auditedBy(async () => {
      reply = await read(callers.anonymous, netGraduate);
    });
    expect(reply?.students).toEqual([{ id: NET_GRADUATE, recognizedCertificates: null }]);
    expect(reply?.errors.map((e) => [e.extensions?.code, e.path])).toEqual([['UNAUTHENTICATED', ['_entities', 0, 'recognizedCertificates']]]);
    expect(audit.map((e) => [e.actorRole, e.parts, e.outcome])).toEqual([['ANONYMOUS', 'CERTIFICATES:recognizedCertificates', 'DENIED']]);
  });

  it('asked together with the certificates, the read is one audit entry naming both fields', async () => {
    const audit = await hub.auditedBy(() =>
      hub.run(callers.riverside, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Student { certificates { nodes { serial } } recognizedCertificates { nodes { standard { code } } } } } }', { r: [netGraduate] }),
    );
    expect(audit.map((e) => [e.parts, e.outcome])).toEqual([['CERTIFICATES:certificates,CERTIFICATES:recognizedCertificates', 'ALLOWED']]);
  });

  it.each([
    ['an admin', callers.admin, []],
    ['an issuing organisation, which filters per award', callers.zhilian, []],
    ['an enterprise with every learner’s consent', callers.tianyi, [consentTo('org-tianyi', 'CERTIFICATES')]],
  ])('costs the same number of SQL statements for 100 learners as for 10: %s', async (_who, actor, grants) => {
    const query = /* GraphQL */ `
      query($r: [_Any!]!) {
        _entities(representations: $r) {
          ... on Student { id recognizedCertificates { nodes {
            standard { code issuer { name } prerequisites { code } }
            award { serial standard { code } }
            path { id counterpart { code issuer { id } } } effectiveFrom effectiveTo
          } } }
        }
      }
    `;
    const ten = await entitiesCost<StudentView>(hub, actor, query, 10, grants);
    const hundred = await entitiesCost<StudentView>(hub, actor, query, 100, grants);
    // The first ten include the Network and Automotive graduates, whose certificates count as others.
    expect(ten.students.some((s) => s.recognizedCertificates?.nodes.length)).toBe(true);
    expect(ten.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBe(ten.statements);
  });
});
