import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowInstant, pinClock } from '@guantong/shared/clock';
import { insertInChunks } from '@guantong/shared/database';
import { DEMO_TODAY } from '@guantong/shared/demo';
import type { Actor } from '@guantong/shared/identity';
import { studentScope } from '@guantong/shared/policy';
import { databaseKinds } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { AgreementEntity, type AgreementRow } from '../entities/agreement.ts';
import { ConsentGrantEntity, type ConsentGrantRow } from '../entities/consent-grant.ts';
import { PathwayEntity, type PathwayRow, type Stage } from '../entities/pathway.ts';
import type { StudentFilter } from '../generated/resolvers.ts';
import { encodeCursor } from '../inputs/cursor.ts';
import { rosterBoundsQuery } from '../students/roster-bounds.ts';
import { admin, EC_LEARNER, hillview, huadong, learner, metro, NET_LEARNER, openCollege, riverside, staff, type College } from './harness.ts';

const kinds = await databaseKinds();

const BOUNDS = /* GraphQL */ `
  query Bounds($filter: StudentFilter, $after: String) {
    students(filter: $filter, first: 1, after: $after) { totalCount pageInfo { hasPreviousPage } }
  }
`;
const REGISTER = 'mutation($input: RegisterPathwayInput!) { registerPathway(input: $input) { stage } }';
const GRANT = 'mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }';
const REVOKE = 'mutation($id: ID!) { revokeConsent(id: $id) { revokedAt } }';

/** A school on a new agreement only; Zhilian, an evaluation organisation, reads only by consent. */
const NEWTOWN = staff('SECONDARY_STAFF', 'sch-newtown');
const ZHILIAN = staff('ENTERPRISE_STAFF', 'org-zhilian');
const AGR_NEWTOWN: AgreementRow = {
  id: 'agr-newtown', name: 'Network Technology 3+2 (Newtown – Metro)', collegeId: 'col-metro', collegeProgramCode: 'COL-NET',
  secondarySchoolId: 'sch-newtown', secondaryProgramCode: 'SEC-NET', effectiveFrom: '2021-09-01', effectiveTo: null, maxTransferCredits: 8,
};

/** Every combination of one stage, one cohort and one agreement, and a few other values. */
const FILTERS: StudentFilter[] = [
  ...[undefined, 'SECONDARY' as const].flatMap((stage) =>
    [undefined, '2026'].flatMap((cohort) => [undefined, 'agr-net'].map((agreementId) => ({ stage, cohort, agreementId })))),
  { stage: 'HIGHER' }, { stage: 'WITHDRAWN' }, { cohort: '2022', agreementId: 'agr-ec' }, { agreementId: 'agr-newtown' },
].map((f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)));

interface Registry { pathways: PathwayRow[]; agreements: Map<string, AgreementRow>; grants: ConsentGrantRow[]; now: string }

/** Whom `actor` may read, decided in plain code from the raw rows: the rule the SQL must keep. */
function readable(registry: Registry, actor: Actor, row: PathwayRow): boolean {
  const scope = studentScope(actor);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'student') return row.studentId === scope.studentId;
  const agreement = registry.agreements.get(row.agreementId)!;
  if (agreement.secondarySchoolId === scope.organizationId || agreement.collegeId === scope.organizationId) return true;
  return registry.grants.some((g) => g.studentId === row.studentId && g.organizationId === scope.organizationId && g.revokedAt === null && g.expiresAt > registry.now);
}

const matches = (filter: StudentFilter, row: PathwayRow) =>
  (filter.stage == null || row.stage === filter.stage) && (filter.cohort == null || row.cohort === filter.cohort) && (filter.agreementId == null || row.agreementId === filter.agreementId);

describe.each(kinds)('students.totalCount from the pathway counts (%s)', (kind) => {
  let college: College;
  const db = () => college.db.dataSource;
  beforeAll(async () => {
    college = await openCollege(kind);
    await db().getRepository(AgreementEntity).insert(AGR_NEWTOWN);
  });
  afterAll(async () => {
    pinClock(DEMO_TODAY);
    await college?.close();
  });

  const ACTORS: [string, Actor][] = [
    ['admin', admin], ['Riverside', riverside], ['Hillview', hillview], ['Metro', metro], ['Newtown', NEWTOWN],
    ['Zhilian (consent only)', ZHILIAN], ['Huadong (consent only)', huadong], ['a Network learner', learner(NET_LEARNER)], ['an E-commerce learner', learner(EC_LEARNER)],
  ];

  async function registry(): Promise<Registry> {
    const agreements = await db().getRepository(AgreementEntity).find();
    return {
      pathways: await db().getRepository(PathwayEntity).find(),
      agreements: new Map(agreements.map((a) => [a.id, a])),
      grants: await db().getRepository(ConsentGrantEntity).find(),
      now: nowInstant(),
    };
  }

  /**
   * Asks every caller for every filter, without a cursor and after two cursors
   * (one of their own learners, and the E-commerce learner whom some of them
   * may not read), and answers each disagreement with a recount from the raw rows.
   */
  async function disagreements(): Promise<unknown[]> {
    const stored = await registry();
    const found: unknown[] = [];
    for (const [who, actor] of ACTORS) {
      for (const filter of FILTERS) {
        const ids = stored.pathways.filter((p) => readable(stored, actor, p) && matches(filter, p)).map((p) => p.studentId).sort();
        for (const after of new Set([null, ids[Math.floor(ids.length / 2)] ?? null, EC_LEARNER])) {
          const res = await college.run<{ students: { totalCount: number; pageInfo: { hasPreviousPage: boolean } } }>(actor, BOUNDS, { filter, after: after && encodeCursor(after) });
          const expected = { totalCount: ids.length, hasPreviousPage: after !== null && ids.some((id) => id <= after) };
          const got = res.errors ? res.errors : { totalCount: res.data!.students.totalCount, hasPreviousPage: res.data!.students.pageInfo.hasPreviousPage };
          if (JSON.stringify(got) !== JSON.stringify(expected)) found.push({ who, filter, after, got, expected });
        }
      }
    }
    return found;
  }

  let serial = 700;
  const newcomers: string[] = [];
  async function register(agreementId: string): Promise<string> {
    const id = learnerId(2026, (serial += 1));
    college.peers.enrol({ id, name: `新生${serial}`, programCode: 'SEC-NET', birthDate: '2011-03-14' });
    const res = await college.run(metro, REGISTER, { input: { studentId: id, agreementId, cohort: '2026', registeredOn: '2026-09-01' } });
    expect(res.errors).toBeUndefined();
    newcomers.push(id);
    return id;
  }
  async function grant(studentId: string, organizationId: string, scopes: string[], expiresOn = '2027-06-30'): Promise<string> {
    const res = await college.run<{ grantConsent: { id: string } }>(learner(studentId), GRANT, { input: { studentId, organizationId, scopes, purpose: 'internship placement', expiresOn } });
    expect(res.errors).toBeUndefined();
    return res.data!.grantConsent.id;
  }
  const update = (sql: string, ids: string[]) => db().query(`${sql} WHERE student_id IN (${ids.map(() => '?').join(', ')})`, ids);

  it('the seeded registry: every caller, every filter, agrees with a recount of the rows', async () => {
    expect(await disagreements()).toEqual([]);
  });

  it('after registrations on two agreements, through registerPathway', async () => {
    for (let i = 0; i < 4; i += 1) await register('agr-net');
    for (let i = 0; i < 3; i += 1) await register('agr-newtown');
    expect(await disagreements()).toEqual([]);
  });

  it('after eight registrations at once on the same agreement, cohort and stage: none is lost', async () => {
    const before = await college.run<{ students: { totalCount: number } }>(admin, BOUNDS, { filter: { agreementId: 'agr-net', cohort: '2026', stage: 'SECONDARY' } });
    await Promise.all(Array.from({ length: 8 }, () => register('agr-net')));
    const after = await college.run<{ students: { totalCount: number } }>(admin, BOUNDS, { filter: { agreementId: 'agr-net', cohort: '2026', stage: 'SECONDARY' } });
    expect(after.data!.students.totalCount).toBe(before.data!.students.totalCount + 8);
    expect(await disagreements()).toEqual([]);
  });

  it('after learners progress, withdraw, change cohort and agreement, and leave the registry', async () => {
    const [a, b, c, d, e, f, g] = newcomers as [string, string, string, string, string, string, string];
    await update("UPDATE pathway SET stage = 'HIGHER'", [a, e]);
    await update("UPDATE pathway SET stage = 'WITHDRAWN'", [b]);
    await update("UPDATE pathway SET cohort = '2025'", [c]);
    await update("UPDATE pathway SET agreement_id = 'agr-newtown'", [d]);
    await update("UPDATE pathway SET agreement_id = 'agr-net', stage = 'HIGHER', cohort = '2024'", [f]);
    // Neither of these moves a learner: the counts must not move either.
    await update("UPDATE pathway SET birth_date = '2011-04-01'", [a, b, c]);
    await update('UPDATE pathway SET stage = stage', [d, e]);
    await update('DELETE FROM pathway', [g]);
    expect(await disagreements()).toEqual([]);
  });

  it('after consent grants to a school, the college and an enterprise: given, doubled, revoked and expired', async () => {
    const [a, , c, d] = newcomers as [string, string, string, string];
    // Zhilian is party to no agreement: it reads only by consent, a learner with two grants once.
    await grant(a, 'org-zhilian', ['RESULTS']);
    await grant(a, 'org-zhilian', ['CERTIFICATES']);
    await grant(c, 'org-zhilian', ['IDENTITY']);
    const revoked = await grant(d, 'org-zhilian', ['RESULTS']);
    await grant(EC_LEARNER, 'org-zhilian', ['RESULTS'], '2026-12-01');
    // Riverside reads agr-net already: a grant from its own learner must not count twice; one from Hillview's learner adds one.
    await grant(NET_LEARNER, 'sch-riverside', ['RESULTS']);
    await grant(EC_LEARNER, 'sch-riverside', ['RESULTS']);
    await grant(d, 'sch-hillview', ['RESULTS']);
    await grant(NET_LEARNER, 'col-metro', ['RESULTS']);
    expect((await college.run(learner(d), REVOKE, { id: revoked })).errors).toBeUndefined();
    expect(await disagreements()).toEqual([]);
    // A week later the E-commerce learner's grant to Zhilian has expired.
    pinClock('2026-12-05');
    try {
      expect(await disagreements()).toEqual([]);
    } finally {
      pinClock(DEMO_TODAY);
    }
  });

  it('the counts table holds exactly the registry grouped by agreement, cohort and stage', async () => {
    const counted = await db().query('SELECT agreement_id, cohort, stage, learners FROM pathway_count WHERE learners <> 0 ORDER BY agreement_id, cohort, stage');
    const grouped = await db().query('SELECT agreement_id, cohort, stage, COUNT(*) AS learners FROM pathway GROUP BY agreement_id, cohort, stage ORDER BY agreement_id, cohort, stage');
    const plain = (rows: Record<string, unknown>[]) => rows.map((r) => ({ ...r, learners: Number(r.learners) }));
    expect(plain(counted)).toEqual(plain(grouped));
    expect(Number((await db().query('SELECT COUNT(*) AS n FROM pathway_count WHERE learners < 0'))[0].n)).toBe(0);
  });

  it('the migration counts the learners already registered, and its removal leaves pathway writable', async () => {
    const before = await db().query('SELECT agreement_id, cohort, stage, learners FROM pathway_count WHERE learners <> 0 ORDER BY agreement_id, cohort, stage');
    await db().undoLastMigration({ transaction: 'each' });
    // No trigger is left behind to write to a table that is gone.
    await update("UPDATE pathway SET stage = 'GRADUATED'", [newcomers[0]!]);
    await update("UPDATE pathway SET stage = 'HIGHER'", [newcomers[0]!]);
    await db().runMigrations({ transaction: 'each' });
    const after = await db().query('SELECT agreement_id, cohort, stage, learners FROM pathway_count ORDER BY agreement_id, cohort, stage');
    const plain = (rows: Record<string, unknown>[]) => rows.map((r) => ({ ...r, learners: Number(r.learners) }));
    expect(plain(after)).toEqual(plain(before));
    expect(await disagreements()).toEqual([]);
  });
});

describe.each(kinds)('the totalCount statement on a registry of 20,000 more learners (%s)', (kind) => {
  const ADDED = 20_000;
  let college: College;
  const db = () => college.db.dataSource;
  beforeAll(async () => {
    college = await openCollege(kind);
    const agreements = ['agr-net', 'agr-ec', 'agr-auto'];
    const stages: Stage[] = ['SECONDARY', 'HIGHER', 'GRADUATED', 'WITHDRAWN'];
    const rows: PathwayRow[] = Array.from({ length: ADDED }, (_, i) => ({
      studentId: learnerId(2019, i + 1), agreementId: agreements[i % 3]!, cohort: String(2019 + (i % 5)), stage: stages[i % 4]!, registeredOn: '2019-09-01', birthDate: null,
    }));
    // Through the same triggers as any other write.
    await db().transaction((em) => insertInChunks(em, PathwayEntity, rows, 500));
  }, 180_000);
  afterAll(() => college?.close());

  const SCOPES: [string, Actor][] = [['admin', admin], ['Riverside', riverside], ['Metro', metro], ['Huadong (consent only)', huadong], ['a learner', learner(NET_LEARNER)]];
  const SOME_FILTERS: StudentFilter[] = [{}, { stage: 'HIGHER' }, { cohort: '2021', agreementId: 'agr-net' }, { stage: 'GRADUATED', cohort: '2021', agreementId: 'agr-auto' }];

  async function plan(actor: Actor, filter: StudentFilter, after: string | null) {
    const [sql, params] = rosterBoundsQuery(db(), studentScope(actor), filter, after, nowInstant()).getQueryAndParameters();
    if (kind === 'sqlite') return { sqlite: ((await db().query(`EXPLAIN QUERY PLAN ${sql}`, params)) as { detail: string }[]).map((r) => r.detail) };
    return { mariadb: (await db().query(`EXPLAIN ${sql}`, params)) as { table: string | null; type: string | null; key: string | null; rows: number | string | null; Extra: string | null }[] };
  }

  it('totalCount is still exact', async () => {
    const [{ n }] = await db().query('SELECT COUNT(*) AS n FROM pathway');
    const res = await college.run<{ students: { totalCount: number } }>(admin, BOUNDS, {});
    expect(res.data!.students.totalCount).toBe(Number(n));
    expect(Number(n)).toBeGreaterThan(ADDED);
    const stage = await college.run<{ students: { totalCount: number } }>(riverside, BOUNDS, { filter: { stage: 'HIGHER', cohort: '2021' } });
    const [{ m }] = await db().query("SELECT COUNT(*) AS m FROM pathway WHERE agreement_id = 'agr-net' AND stage = 'HIGHER' AND cohort = '2021'");
    expect(stage.data!.students.totalCount).toBe(Number(m));
  });

  it('reads pathway only by its key, one learner at a time, never a scan or an index range of it', async () => {
    const [{ n: keys }] = await db().query('SELECT COUNT(*) AS n FROM pathway_count');
    for (const [who, actor] of SCOPES) {
      for (const filter of SOME_FILTERS) {
        const found = await plan(actor, filter, null);
        const context = `${who} ${JSON.stringify(filter)}: ${JSON.stringify(found)}`;
        if (found.sqlite) {
          // The only tables scanned are the counts (a few rows per agreement, cohort and stage) and SQLite's constant row.
          expect(found.sqlite.filter((d) => d.startsWith('SCAN') && !/^SCAN (c|dummy_table|CONSTANT ROW)\b/.test(d)), context).toEqual([]);
          expect(found.sqlite.filter((d) => /^(SCAN|SEARCH) p\b/.test(d) && !/^SEARCH p USING (COVERING )?INDEX sqlite_autoindex_pathway_1 \(student_id=\?\)$/.test(d)), context).toEqual([]);
          expect(found.sqlite.some((d) => /^SEARCH g USING (COVERING )?INDEX idx_consent_grant_organization \(organization_id=\?\)$/.test(d)), context).toBe(who.startsWith('Riverside') || who.startsWith('Metro') || who.startsWith('Huadong'));
        } else {
          const rows = found.mariadb!;
          expect(rows.filter((r) => r.table === 'p' && !(['eq_ref', 'const'].includes(r.type ?? '') && r.key === 'PRIMARY')), context).toEqual([]);
          // No step expects more rows than the counts table holds (the registry holds 20,000 more).
          expect(rows.filter((r) => Number(r.rows ?? 0) > Number(keys)), context).toEqual([]);
        }
      }
    }
  });

  it('hasPreviousPage walks back along the learner-id key from the cursor, without sorting, and stops at the cursor’s own row', async () => {
    const cursorRow = learnerId(2019, 10_000);
    const [row] = await db().getRepository(PathwayEntity).findBy({ studentId: cursorRow });
    const filter = { stage: row!.stage, cohort: row!.cohort, agreementId: row!.agreementId };
    for (const [who, actor] of SCOPES.slice(0, 3)) {
      for (const f of [{}, { stage: row!.stage }, filter]) {
        const found = await plan(actor, f, cursorRow);
        const context = `${who} ${JSON.stringify(f)}: ${JSON.stringify(found)}`;
        if (found.sqlite) {
          expect(found.sqlite.filter((d) => /^(SCAN|SEARCH) p\b/.test(d) && !/^SEARCH p USING (COVERING )?INDEX sqlite_autoindex_pathway_1 \(student_id[<=]\?\)$/.test(d)), context).toEqual([]);
          expect(found.sqlite.filter((d) => d.includes('TEMP B-TREE')), context).toEqual([]);
        } else {
          expect(found.mariadb!.filter((r) => r.table === 'p' && (r.key !== 'PRIMARY' || /filesort|temporary/.test(r.Extra ?? ''))), context).toEqual([]);
        }
      }
    }
    if (kind === 'mariadb') {
      // MariaDB's ANALYZE runs the statement and says how many rows each step read: the probe reads the cursor's row and stops.
      expect(filter.agreementId).toBe('agr-net');
      const [sql, params] = rosterBoundsQuery(db(), studentScope(riverside), filter, cursorRow, nowInstant()).getQueryAndParameters();
      const analyzed = (await db().query(`ANALYZE ${sql}`, params)) as { table: string | null; r_rows: number | string | null }[];
      const probe = analyzed.filter((r) => r.table === 'p' && r.r_rows !== null && Number(r.r_rows) > 1);
      expect(probe, JSON.stringify(analyzed)).toEqual([]);
    }
  });
});
