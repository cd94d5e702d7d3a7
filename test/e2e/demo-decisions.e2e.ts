/**
 * The demo, loaded fresh, yields no decision that breaks the hub's rules. Every
 * learner's credit transfers, progression and recognised certificates are read
 * through the gateway on the demo's today, and checked against the raw demo
 * records (roster, awards, results, catalogue, credit rules and caps), worked
 * out here again in a few lines each: a recomputation, not a copy of the code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '@guantong/shared/clock';
import { catalog, DEMO_TODAY, demoRoster } from '@guantong/shared/demo';
import { databaseKinds } from '@guantong/shared/testing';
import { demoCreditRules, demoTransferCaps } from '../../subgraphs/college/src/demo/articulation.ts';
import { ladderStandards } from '../../subgraphs/enterprise/src/demo/ladder.ts';
import { startHub, type GraphQLResponse, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();

// 20 a page keeps the query within the gateway's cost limit.
const PAGE = /* GraphQL */ `
  query Page($after: String) {
    students(first: 20, after: $after) {
      pageInfo { endCursor hasNextPage }
      nodes {
        id
        creditTransfers {
          totalCredits maxTransferCredits
          transfers { status credits cappedCredits rule { id } exemptedCourse { code } evidence { kind certificateSerial secondaryCourseCode term score evidencedOn } }
        }
        progression { state checks { met } }
        recognizedCertificates { nodes { standard { code } award { serial } } }
      }
    }
  }
`;

interface Transfer {
  status: string; credits: number; cappedCredits: number; rule: { id: string }; exemptedCourse: { code: string };
  evidence: { kind: string; certificateSerial: string | null; secondaryCourseCode: string | null; term: string | null; score: number | null; evidencedOn: string | null };
}
interface Learner {
  id: string;
  creditTransfers: { totalCredits: number; maxTransferCredits: number; transfers: Transfer[] } | null;
  progression: { state: string; checks: { met: boolean }[] } | null;
  recognizedCertificates: { nodes: { standard: { code: string }; award: { serial: string } }[] } | null;
}
interface Page { pageInfo: { endCursor: string | null; hasNextPage: boolean }; nodes: Learner[] }

// The raw demo records.
const roster = demoRoster();
const learners = new Map(roster.students.map((s) => [s.id, s]));
const awards = new Map(roster.awards.map((a) => [a.serial, a]));
const results = new Map(roster.secondaryResults.map((r) => [`${r.studentId}|${r.courseCode}|${r.term}`, r]));
const courseCredits = new Map(catalog.collegeCourses.map((c) => [c.code, c.credits]));
const levelOf = new Map([...catalog.standards, ...ladderStandards].map((s) => [s.code, s.level]));
const RANK: Record<string, number> = { ENTRY: 1, INTERMEDIATE: 2, ADVANCED: 3 };
// Inserted in this order into an empty table, the demo rules get ids 1, 2, 3…
const ruleById = new Map(demoCreditRules.map((r, i) => [String(i + 1), r]));

/** The last day of a term: semester 1 of 2026-2027 ends 2027-01-31, semester 2 on 2027-07-31. */
const endOfTerm = (term: string) => {
  const [, to, semester] = term.split('-');
  return semester === '1' ? `${to}-01-31` : `${to}-07-31`;
};

/** Why one transfer, if it counts, breaks a rule; null when it does not. */
function appliedProblem(learnerId: string, t: Transfer): string | null {
  const rule = ruleById.get(t.rule.id);
  if (!rule) return `rests on rule ${t.rule.id}, which is not a demo rule`;
  if (rule.agreementId !== learners.get(learnerId)!.agreementId) return `rests on rule ${t.rule.id} of another agreement`;
  if (t.evidence.kind === 'CERTIFICATE') {
    const award = awards.get(t.evidence.certificateSerial ?? '');
    if (!award || award.studentId !== learnerId) return `rests on certificate ${t.evidence.certificateSerial}, not the learner's`;
    if (award.issuedOn > DEMO_TODAY) return `rests on certificate ${award.serial}, issued after today (${award.issuedOn})`;
    if (award.status === 'REVOKED') return `rests on certificate ${award.serial}, revoked on ${award.revokedOn}`;
    if (t.evidence.evidencedOn !== award.issuedOn) return `dates certificate ${award.serial} ${t.evidence.evidencedOn}, not its issue date ${award.issuedOn}`;
    return null;
  }
  const result = results.get(`${learnerId}|${t.evidence.secondaryCourseCode}|${t.evidence.term}`);
  if (!result || result.score !== t.evidence.score) return `rests on a result the learner does not have (${t.evidence.secondaryCourseCode} ${t.evidence.term})`;
  if (endOfTerm(result.term) > DEMO_TODAY) return `rests on ${result.courseCode} ${result.term}, whose term ends after today`;
  if (rule.minScore !== null && result.score < rule.minScore) return `rests on a score of ${result.score}, below rule ${t.rule.id}'s ${rule.minScore}`;
  return t.evidence.evidencedOn === endOfTerm(result.term) ? null : `dates ${result.courseCode} ${result.term} ${t.evidence.evidencedOn}, not its term's end`;
}

/** Every broken rule in one learner's credit transfers, in words. */
function creditProblems(learner: Learner): string[] {
  const summary = learner.creditTransfers;
  if (!summary) return [];
  const cap = demoTransferCaps[learners.get(learner.id)!.agreementId];
  const problems: string[] = [];
  for (const t of summary.transfers) {
    const worth = courseCredits.get(t.exemptedCourse.code) ?? 0;
    if (t.credits > worth) problems.push(`grants ${t.credits} credits for ${t.exemptedCourse.code}, worth ${worth}`);
    const problem = t.status === 'APPLIED' ? appliedProblem(learner.id, t) : null;
    if (problem) problems.push(`an APPLIED transfer ${problem}`);
  }
  const counted = summary.transfers.filter((t) => t.status === 'APPLIED').reduce((sum, t) => sum + t.credits - t.cappedCredits, 0);
  if (summary.maxTransferCredits !== cap) problems.push(`applies a cap of ${summary.maxTransferCredits}, not the agreement's ${cap}`);
  if (summary.totalCredits > cap) problems.push(`totals ${summary.totalCredits} credits, over the agreement's cap of ${cap}`);
  if (summary.totalCredits !== counted) problems.push(`totals ${summary.totalCredits} credits, but its APPLIED transfers count ${counted}`);
  return problems;
}

/** Every recognition that raises a level or rests on an award that does not count today. */
function recognitionProblems(learner: Learner): string[] {
  return (learner.recognizedCertificates?.nodes ?? []).flatMap(({ standard, award: { serial } }) => {
    const award = awards.get(serial);
    if (!award || award.studentId !== learner.id) return [`counts as ${standard.code} on ${serial}, not the learner's award`];
    const problems: string[] = [];
    if (award.issuedOn > DEMO_TODAY) problems.push(`counts as ${standard.code} on ${serial}, issued after today (${award.issuedOn})`);
    if (award.status === 'REVOKED') problems.push(`counts as ${standard.code} on ${serial}, revoked`);
    const [from, to] = [levelOf.get(award.standardCode), levelOf.get(standard.code)];
    if (!from || !to || RANK[to] > RANK[from]) problems.push(`counts ${award.standardCode} (${from}) as ${standard.code} (${to}), a higher level`);
    return problems;
  });
}

/** Progression is assessed for SECONDARY learners only; the others keep what they have. */
function progressionProblems(learner: Learner): string[] {
  const stage = learners.get(learner.id)!.stage;
  const state = learner.progression?.state;
  const expected = { SECONDARY: 'ASSESSED', HIGHER: 'PROGRESSED_UNRECORDED', GRADUATED: 'PROGRESSED_UNRECORDED', WITHDRAWN: 'WITHDRAWN' }[stage];
  if (state !== expected) return [`a ${stage} learner's progression is ${state}, not ${expected}`];
  if (stage !== 'SECONDARY' && learner.progression!.checks.length > 0) return [`a ${stage} learner's progression was checked again`];
  return [];
}

describe.each(kinds)('the demo, loaded fresh, yields no decision that breaks the rules (%s)', (kind) => {
  let hub: Hub;
  const read: Learner[] = [];
  beforeAll(async () => {
    hub = await startHub(kind);
    const admin = await hub.token({ role: 'ADMIN' });
    let after: string | null = null;
    do {
      const res: GraphQLResponse<{ students: Page }> = await hub.query(PAGE, { after }, admin);
      expect(res.errors).toBeUndefined();
      read.push(...res.data!.students.nodes);
      after = res.data!.students.pageInfo.hasNextPage ? res.data!.students.pageInfo.endCursor : null;
    } while (after);
  }, 120_000);
  afterAll(() => hub?.stop());

  /** Each learner's problems, keyed by id: empty when every decision keeps the rules. */
  const problems = (check: (learner: Learner) => string[]) => read.flatMap((l) => check(l).map((p) => `${l.id} ${p}`));

  it('reads every demo learner, on the demo’s own today', () => {
    expect(todayInChina()).toBe(DEMO_TODAY);
    expect(read.map((l) => l.id).sort()).toEqual([...learners.keys()].sort());
  });

  it('no transfer counts on evidence from the future, a revoked certificate or a result below its rule, nor grants more than its course; no total passes the cap', () => {
    const transfers = read.flatMap((l) => l.creditTransfers?.transfers ?? []);
    // Not a vacuous pass: the demo has transfers of every kind, and the revoked award's transfer is REVERSED.
    expect(transfers.filter((t) => t.status === 'APPLIED').map((t) => t.evidence.kind)).toEqual(expect.arrayContaining(['CERTIFICATE', 'COURSE_RESULT']));
    expect(transfers.some((t) => t.status === 'REVERSED')).toBe(true);
    expect(problems(creditProblems)).toEqual([]);
  });

  it('no recognised certificate is above the level of the award it rests on, or rests on an award not counting today', () => {
    expect(read.some((l) => (l.recognizedCertificates?.nodes ?? []).length > 0)).toBe(true);
    expect(problems(recognitionProblems)).toEqual([]);
  });

  it('progression is assessed only for learners at the SECONDARY stage', () => {
    expect(read.filter((l) => l.progression?.state === 'ASSESSED').length).toBeGreaterThan(100);
    expect(problems(progressionProblems)).toEqual([]);
  });
});
