/**
 * Recognition as the enterprises agree it and a learner meets it: which levels
 * may be linked which way, who takes each step of an agreement, what a
 * learner's certificates count as on a day and for how long, and the chain of
 * prerequisites below a rung of the ladder.
 */
import { describe, expect, it } from 'vitest';
import { TRANSITIONS, levelRefusal, mayTake, partiesOf } from '../agreements/rules.ts';
import type { AwardRow } from '../entities/award.ts';
import type { RecognitionRow } from '../entities/recognition.ts';
import type { CertificateLevel, StandardRow } from '../entities/standard.ts';
import { requirementChain } from '../prerequisites/ladder.ts';
import { RecognitionGraph, periodOf } from '../recognition/paths.ts';

const agreement = (id: string, fromCode: string, toCode: string, overrides: Partial<RecognitionRow> = {}): RecognitionRow => ({
  id, fromCode, toCode, mutual: false, effectiveFrom: '2024-01-01', effectiveTo: null, basis: id,
  status: 'AGREED', proposerOrgId: 'org-p', counterpartOrgId: 'org-c', agreedAt: '2023-12-01T00:00:00.000Z', ...overrides,
});
const award = (serial: string, standardCode: string, issuedOn = '2025-01-01', status: AwardRow['status'] = 'VALID'): AwardRow => ({
  serial, studentId: 'GT', holderName: 'H', standardCode, issuedOn, score: 90, status, revokedOn: null, revocationReason: null,
});
const standard = (code: string, level: CertificateLevel | null) => ({ code, level });
const counted = (graph: RecognitionGraph, awards: AwardRow[]) => graph.recognizedFor(awards).map((r) => [r.standardCode, r.award.serial]);

describe('the levels an agreement may link', () => {
  const entry = standard('E', 'ENTRY');
  const inter = standard('I', 'INTERMEDIATE');
  const none = standard('N', null);

  it('the same level, either way or mutually; a higher level one-way to a lower', () => {
    expect(levelRefusal(entry, standard('E2', 'ENTRY'), true)).toBeNull();
    expect(levelRefusal(inter, entry, false)).toBeNull();
    expect(levelRefusal(none, standard('N2', null), true)).toBeNull();
  });

  it('never from a lower level to a higher, nor mutually between levels, saying what is allowed', () => {
    const allowed =
      'agreements may link standards of the same level in either direction or mutually; between different levels only one-way from the higher level to the lower; ' +
      'a standard without a level may be counted as only one-way, from a levelled standard, never the reverse or mutually';
    expect(levelRefusal(entry, inter, false)).toBe(
      `E (ENTRY) and I (INTERMEDIATE) are of different levels, and a one-way agreement from the lower level to the higher would let holders count at a level they were not assessed at: ${allowed}`,
    );
    expect(levelRefusal(inter, entry, true)).toBe(
      `I (INTERMEDIATE) and E (ENTRY) are of different levels, and a mutual agreement would let holders count at a level they were not assessed at: ${allowed}`,
    );
    expect(levelRefusal(none, entry, false)).toBe(`N (no level) and E (ENTRY) cannot be compared by level: ${allowed}`);
  });

  it('a levelled standard may count as one without a level one-way, never mutually', () => {
    expect(levelRefusal(entry, none, false)).toBeNull();
    expect(levelRefusal(entry, none, true)).toMatch(/^E \(ENTRY\) and N \(no level\) cannot be compared by level/);
  });
});

describe('the parties to an agreement and their steps', () => {
  const std = (code: string, issuerId: string) => ({ code, issuerId }) as StandardRow;

  it('the proposer speaks for the standard it issues, the counterpart for the other, from either end', () => {
    expect(partiesOf('org-a', std('A', 'org-a'), std('B', 'org-b'))).toEqual({ proposerOrgId: 'org-a', counterpartOrgId: 'org-b' });
    expect(partiesOf('org-b', std('A', 'org-a'), std('B', 'org-b'))).toEqual({ proposerOrgId: 'org-b', counterpartOrgId: 'org-a' });
    expect(partiesOf('org-x', std('A', 'org-a'), std('B', 'org-b'))).toBeNull();
  });

  it('the counterpart accepts or declines; the proposer withdraws a proposal; either withdraws an agreement in force', () => {
    const proposal = { status: 'PROPOSED' as const, proposerOrgId: 'org-a', counterpartOrgId: 'org-b' };
    expect(mayTake('ACCEPT', proposal)).toEqual(['org-b']);
    expect(mayTake('DECLINE', proposal)).toEqual(['org-b']);
    expect(mayTake('WITHDRAW', proposal)).toEqual(['org-a']);
    expect(mayTake('WITHDRAW', { ...proposal, status: 'AGREED' })).toEqual(['org-a', 'org-b']);
    expect(mayTake('ACCEPT', { ...proposal, status: 'AGREED' })).toEqual(['org-b']);
  });

  it('a proposal may be accepted or declined; a proposal or an agreement in force may be withdrawn', () => {
    expect(TRANSITIONS).toEqual({
      ACCEPT: { from: ['PROPOSED'], to: 'AGREED' },
      DECLINE: { from: ['PROPOSED'], to: 'DECLINED' },
      WITHDRAW: { from: ['PROPOSED', 'AGREED'], to: 'WITHDRAWN' },
    });
  });
});

describe('what a learner’s certificates count as on a day', () => {
  const levels = new Map<string, CertificateLevel | null>([['A', 'INTERMEDIATE'], ['B', 'INTERMEDIATE'], ['C', 'ENTRY']]);

  it('an award counts from its issue date; a revoked award never', () => {
    const graph = new RecognitionGraph([agreement('ab', 'A', 'B')], '2025-01-01', levels);
    expect(counted(graph, [award('1', 'A', '2025-01-01')])).toEqual([['B', '1']]);
    expect(counted(graph, [award('1', 'A', '2025-01-02')])).toEqual([]);
    expect(counted(graph, [award('1', 'A', '2024-01-01', 'REVOKED')])).toEqual([]);
  });

  it('an agreement that has not started yet, or has ended, is no path', () => {
    expect(counted(new RecognitionGraph([agreement('ab', 'A', 'B', { effectiveFrom: '2025-01-02' })], '2025-01-01', levels), [award('1', 'A')])).toEqual([]);
    expect(counted(new RecognitionGraph([agreement('ab', 'A', 'B', { effectiveTo: '2024-12-31' })], '2025-01-01', levels), [award('1', 'A')])).toEqual([]);
  });

  it('a one-way agreement serves only holders of its own standard, a mutual one both ends', () => {
    const oneWay = new RecognitionGraph([agreement('ab', 'A', 'B')], '2025-01-01', levels);
    expect(counted(oneWay, [award('1', 'B')])).toEqual([]);
    const mutual = new RecognitionGraph([agreement('ab', 'A', 'B', { mutual: true })], '2025-01-01', levels);
    expect(counted(mutual, [award('1', 'B')])).toEqual([['A', '1']]);
  });

  it('of two awards reaching a standard by equally short paths, the earlier award counts, whichever is listed first', () => {
    const graph = new RecognitionGraph([agreement('ac', 'A', 'C'), agreement('bc', 'B', 'C')], '2025-01-01', levels);
    expect(counted(graph, [award('2', 'B', '2024-06-01'), award('1', 'A', '2024-07-01')])).toEqual([['C', '2']]);
    expect(counted(graph, [award('1', 'A', '2024-07-01'), award('2', 'B', '2024-06-01')])).toEqual([['C', '2']]);
    expect(counted(graph, [award('Z', 'A', '2024-06-01'), award('Y', 'B', '2024-06-01')])).toEqual([['C', 'Y']]);
  });

  it('a shorter path through a later award wins over a longer one through an earlier award', () => {
    const graph = new RecognitionGraph(
      [agreement('ab', 'A', 'B', { mutual: true }), agreement('bx', 'B', 'X', { mutual: true }), agreement('yx', 'Y', 'X')],
      '2025-01-01', new Map(),
    );
    const found = graph.recognizedFor([award('early', 'A', '2024-01-01'), award('late', 'Y', '2024-09-01')]);
    expect(found.find((r) => r.standardCode === 'X')).toMatchObject({ award: { serial: 'late' }, path: [{ agreement: { id: 'yx' } }] });
  });

  it('a one-way agreement is not followed by learners who only count as its standard', () => {
    const graph = new RecognitionGraph([agreement('ab', 'A', 'B', { mutual: true }), agreement('bc', 'B', 'C')], '2025-01-01', new Map());
    expect(counted(graph, [award('1', 'A')])).toEqual([['B', '1']]);
    expect(counted(graph, [award('2', 'B')])).toEqual([['A', '2'], ['C', '2']]);
  });

  it('the answer on one day is the same when asked twice', () => {
    const graph = new RecognitionGraph([agreement('ab', 'A', 'B')], '2025-01-01', levels);
    expect(graph.pathsFrom('A')).toBe(graph.pathsFrom('A'));
  });
});

describe('how long a chain of agreements holds', () => {
  const view = (effectiveFrom: string, effectiveTo: string | null) => ({ standardCode: 'A', counterpartCode: 'B', agreement: agreement('x', 'A', 'B', { effectiveFrom, effectiveTo }) });

  it('from the latest start to the earliest end, in any order along the path', () => {
    expect(periodOf([view('2024-01-01', '2028-12-31'), view('2025-03-01', null), view('2023-01-01', '2027-06-30')])).toEqual({ effectiveFrom: '2025-03-01', effectiveTo: '2027-06-30' });
    expect(periodOf([view('2025-03-01', '2027-06-30'), view('2024-01-01', '2028-12-31')])).toEqual({ effectiveFrom: '2025-03-01', effectiveTo: '2027-06-30' });
  });

  it('an open-ended agreement after a bounded one keeps the bounded end', () => {
    expect(periodOf([view('2024-01-01', '2027-06-30'), view('2024-01-01', null)]).effectiveTo).toBe('2027-06-30');
  });

  it('open-ended when every agreement is', () => {
    expect(periodOf([view('2024-01-01', null), view('2023-01-01', null)])).toEqual({ effectiveFrom: '2024-01-01', effectiveTo: null });
  });
});

describe('the ladder’s chain of prerequisites', () => {
  const rung = (standardCode: string, requiresCode: string) => ({ standardCode, requiresCode });

  it('the shortest chain from a rung down to another, both included', () => {
    const rungs = [rung('L3', 'L2'), rung('L2', 'L1'), rung('L3', 'L1b'), rung('L1b', 'L0'), rung('L1', 'L0')];
    expect(requirementChain(rungs, 'L3', 'L0')).toEqual(['L3', 'L1b', 'L0']);
    expect(requirementChain(rungs, 'L3', 'L1')).toEqual(['L3', 'L2', 'L1']);
    expect(requirementChain(rungs, 'L3', 'L3')).toEqual(['L3']);
  });

  it('between equally short chains, the prerequisite first by code', () => {
    const rungs = [rung('T', 'Z'), rung('T', 'A'), rung('Z', 'B'), rung('A', 'B')];
    expect(requirementChain(rungs, 'T', 'B')).toEqual(['T', 'A', 'B']);
  });

  it('no chain when the rung is not below, even through a cycle', () => {
    expect(requirementChain([rung('L2', 'L1'), rung('L1', 'L2')], 'L1', 'L3')).toBeNull();
    expect(requirementChain([rung('L2', 'L1')], 'L1', 'L2')).toBeNull();
  });
});
