/**
 * The issuing report a supervisor reads to spot an issuer whose volume jumps:
 * awards, revocations and exam sessions per standard and month, for
 * administrators and the organisation itself, at a cost in SQL statements
 * that does not grow with the standards or the months.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertInChunks } from '@guantong/shared/database';
import { demoRoster } from '@guantong/shared/demo';
import type { Actor } from '@guantong/shared/identity';
import { databaseKinds } from '@guantong/shared/testing';
import { demoExamSessions } from '../demo/accreditations.ts';
import { AwardEntity, type AwardRow } from '../entities/award.ts';
import { callers, codeOf, fieldOf, openHarness, type Harness } from './harness.ts';

const kinds = await databaseKinds();

const MONTH = 'standard { code } month awards revocations candidates passed passRate trailingAverage volumeJump';
const REPORT = `query($org: ID!, $from: String, $to: String, $first: Int, $after: String) {
  issuingReport(organizationId: $org, from: $from, to: $to) {
    organization { id } from to jumpMultiple jumpMinimum trailingMonths
    totals { ${MONTH} }
    byStandard(first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } nodes { ${MONTH} } }
  }
}`;

interface Month { standard: { code: string } | null; month: string; awards: number; revocations: number; candidates: number; passed: number; passRate: number | null; trailingAverage: number | null; volumeJump: boolean }
interface Report {
  organization: { id: string }; from: string; to: string; jumpMultiple: number; jumpMinimum: number; trailingMonths: number; totals: Month[];
  byStandard: { totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: Month[] };
}

/** The demo's awards of a standard issued in a month, counted from the roster itself. */
const demoAwards = (standardCode: string, month: string) => demoRoster().awards.filter((a) => a.standardCode === standardCode && a.issuedOn.startsWith(month)).length;

describe.each(kinds)('the issuing report (%s)', (kind) => {
  let hub: Harness;
  beforeAll(async () => {
    hub = await openHarness(kind);
  });
  afterAll(() => hub?.close());

  const report = (actor: Actor, variables: Record<string, unknown>) => hub.run<{ issuingReport: Report }>(actor, REPORT, variables);
  const read = async (actor: Actor, variables: Record<string, unknown>) => {
    const { data, errors } = await report(actor, variables);
    expect(errors).toBeUndefined();
    return data!.issuingReport;
  };
  /** Statements one report costs. */
  const cost = async (variables: Record<string, unknown>) => {
    const before = hub.db.statements.count;
    await read(callers.admin, variables);
    return hub.db.statements.count - before;
  };

  it('gives the organisation its months per standard, with the awards, the exam sessions and their pass rate', async () => {
    const xinshang = await read(callers.xinshang, { org: 'org-xinshang', from: '2023-01', to: '2026-12', first: 500 });
    expect(xinshang).toMatchObject({ organization: { id: 'org-xinshang' }, from: '2023-01', to: '2026-12', jumpMultiple: 2, jumpMinimum: 5, trailingMonths: 12 });
    expect(xinshang.totals).toHaveLength(48);
    expect(xinshang.byStandard.totalCount).toBe(96);
    const row = (code: string, month: string) => xinshang.byStandard.nodes.find((n) => n.standard?.code === code && n.month === month);
    const session = demoExamSessions(demoRoster().awards).find((s) => s.standardCode === 'X-OSOP-1' && s.heldOn.startsWith('2023-06'))!;
    expect(row('X-OSOP-1', '2023-06')).toEqual({
      standard: { code: 'X-OSOP-1' }, month: '2023-06', awards: demoAwards('X-OSOP-1', '2023-06'), revocations: 0,
      candidates: session.candidates, passed: session.passed, passRate: session.passed / session.candidates, trailingAverage: null, volumeJump: false,
    });
    expect(row('X-OSOP-1', '2024-06')).toMatchObject({ awards: demoAwards('X-OSOP-1', '2024-06'), trailingAverage: demoAwards('X-OSOP-1', '2023-06'), volumeJump: false });
    expect(row('X-OSOP-1', '2024-05')).toMatchObject({ awards: 0, candidates: 0, passRate: null });
    expect(row('X-OSOP-2', '2026-06')).toMatchObject({ awards: demoAwards('X-OSOP-2', '2026-06'), trailingAverage: null });
    const june = xinshang.totals.find((t) => t.month === '2026-06');
    expect(june).toMatchObject({ standard: null, awards: demoAwards('X-OSOP-1', '2026-06') + demoAwards('X-OSOP-2', '2026-06') });
  });

  it('counts a revocation in the month it was dated, apart from the month of the award', async () => {
    const zhongxin = await read(callers.zhongxin, { org: 'org-zhongxin', from: '2024-06', to: '2025-03', first: 500 });
    const ned = (month: string) => zhongxin.byStandard.nodes.find((n) => n.standard?.code === 'X-NED-1' && n.month === month);
    expect(ned('2025-03')).toMatchObject({ awards: 0, revocations: 1 });
    expect(ned('2024-06')).toMatchObject({ awards: demoAwards('X-NED-1', '2024-06'), revocations: 0 });
    expect(zhongxin.totals.find((t) => t.month === '2025-03')?.revocations).toBe(1);
  });

  it('flags a month whose awards jump past twice the trailing average, by standard, while the steady total is not', async () => {
    const burst: AwardRow[] = Array.from({ length: 2 * demoAwards('X-NED-1', '2026-06') + 1 }, (_, i) => ({
      serial: `BURST-${i}`, studentId: 'GT2025000015', holderName: 'Burst', standardCode: 'X-NED-1', issuedOn: '2026-11-02', score: 90, status: 'VALID', revokedOn: null, revocationReason: null,
    }));
    await insertInChunks(hub.db.dataSource.manager, AwardEntity, burst);
    const zhongxin = await read(callers.admin, { org: 'org-zhongxin', from: '2026-06', to: '2026-11', first: 500 });
    const november = zhongxin.byStandard.nodes.find((n) => n.standard?.code === 'X-NED-1' && n.month === '2026-11');
    expect(november).toMatchObject({ awards: burst.length, trailingAverage: demoAwards('X-NED-1', '2026-06'), volumeJump: true });
    expect(zhongxin.byStandard.nodes.filter((n) => n.volumeJump).map((n) => [n.standard?.code, n.month])).toEqual([['X-NED-1', '2026-11']]);
    // The organisation's June was two standards together, so its November is no jump.
    expect(zhongxin.totals.find((t) => t.month === '2026-11')).toMatchObject({ awards: burst.length, volumeJump: false });
  });

  it('costs the same statements for one month as for sixty, for one standard as for two, and for any page size', async () => {
    const one = await cost({ org: 'org-zhongxin', from: '2026-06', to: '2026-06' });
    expect(one).toBe(5);
    expect(await cost({ org: 'org-zhongxin', from: '2022-01', to: '2026-12', first: 500 })).toBe(one);
    expect(await cost({ org: 'org-zhilian', from: '2022-01', to: '2026-12', first: 500 })).toBe(one);
    expect(await cost({ org: 'org-xinshang', from: '2022-01', to: '2026-12', first: 1 })).toBe(one);
  });

  it('pages through its rows by standard, then month, with a stable cursor', async () => {
    const variables = { org: 'org-xinshang', from: '2023-01', to: '2026-12' };
    const all = (await read(callers.admin, { ...variables, first: 500 })).byStandard;
    const seen: Month[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Report['byStandard'] = (await read(callers.admin, { ...variables, first: 40, after })).byStandard;
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes);
    expect(all.nodes.map((n) => `${n.standard?.code} ${n.month}`).slice(46, 50)).toEqual(['X-OSOP-1 2026-11', 'X-OSOP-1 2026-12', 'X-OSOP-2 2023-01', 'X-OSOP-2 2023-02']);
  });

  it('covers the year to the current month when no range is given', async () => {
    const standing = await read(callers.xinshang, { org: 'org-xinshang' });
    expect([standing.from, standing.to, standing.totals.length]).toEqual(['2025-12', '2026-11', 12]);
  });

  it('records nothing in the audit trail: it names no learner', async () => {
    expect(await hub.auditedBy(() => read(callers.admin, { org: 'org-zhongxin' }))).toEqual([]);
  });

  it.each([
    ['an anonymous caller', callers.anonymous, 'UNAUTHENTICATED'],
    ['another issuer’s staff', callers.zhongxin, 'FORBIDDEN'],
    ['a college’s staff holding the organisation’s id', { ...callers.collegeAsZhilian, orgId: 'org-xinshang' } as Actor, 'FORBIDDEN'],
    ['a learner', callers.learner('GT2022000028'), 'FORBIDDEN'],
  ])('refuses %s, reading nothing', async (_who, actor, code) => {
    const before = hub.db.statements.count;
    const reply = await report(actor, { org: 'org-xinshang' });
    expect(reply.data).toBeNull();
    expect(codeOf(reply)).toBe(code);
    expect(hub.db.statements.count).toBe(before);
  });

  it('answers NOT_FOUND to an administrator asking about an unknown organisation', async () => {
    expect(codeOf(await report(callers.admin, { org: 'org-nope' }))).toBe('NOT_FOUND');
  });

  it.each([
    ['a month not written YYYY-MM', { from: '2026-6' }, 'from', /from must be a month written YYYY-MM/],
    ['a range that ends before it starts', { from: '2026-07', to: '2026-06' }, 'from', /from must be on or before to \(2026-06\)/],
    ['more than 60 months', { from: '2021-12', to: '2026-12' }, 'from', /at most 60 months/],
    ['a page over 500 rows', { first: 501 }, 'first', /first must be from 1 to 500/],
    ['a cursor it did not issue', { after: 'WC1ORUQtMXwyMDI2LTA2' }, 'after', /cursor taken from pageInfo.endCursor/],
  ])('refuses %s with BAD_USER_INPUT', async (_case, variables, field, message) => {
    const reply = await report(callers.admin, { org: 'org-xinshang', ...variables });
    expect(codeOf(reply)).toBe('BAD_USER_INPUT');
    expect(fieldOf(reply)).toBe(field);
    expect(reply.errors?.[0]?.message).toMatch(message);
  });
});
