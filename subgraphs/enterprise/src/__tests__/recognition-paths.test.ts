import { describe, expect, it } from 'vitest';
import type { AwardRow } from '../entities/award.ts';
import type { RecognitionRow } from '../entities/recognition.ts';
import type { CertificateLevel } from '../entities/standard.ts';
import { RecognitionGraph } from '../recognition/paths.ts';

const agreement = (id: string, fromCode: string, toCode: string, mutual = true, effectiveFrom = '2024-01-01', effectiveTo: string | null = null): RecognitionRow => ({
  id, fromCode, toCode, mutual, effectiveFrom, effectiveTo, basis: id,
  status: 'AGREED', proposerOrgId: 'org-p', counterpartOrgId: 'org-c', agreedAt: '2023-12-01T00:00:00.000Z',
});
const award = (serial: string, standardCode: string, issuedOn = '2025-01-01', status: AwardRow['status'] = 'VALID'): AwardRow => ({
  serial, studentId: 'GT', holderName: 'H', standardCode, issuedOn, score: 90, status, revokedOn: null, revocationReason: null,
});
/** Standards that declare no level: these stories are about paths, not levels. */
const NO_LEVELS = new Map<string, CertificateLevel | null>();
const routes = (graph: RecognitionGraph, code: string) =>
  Object.fromEntries([...graph.pathsFrom(code)].map(([to, path]) => [to, path.map((view) => view.agreement.id)]));

describe('paths through the recognition graph', () => {
  // A ring of five standards, every agreement mutual: A ⇄ B ⇄ C ⇄ D ⇄ E ⇄ A.
  const ring = [agreement('ab', 'A', 'B'), agreement('bc', 'B', 'C'), agreement('cd', 'C', 'D'), agreement('de', 'D', 'E'), agreement('ea', 'E', 'A')];

  it('walks a ring once, each standard by its shortest way round', () => {
    expect(routes(new RecognitionGraph(ring, '2025-01-01', NO_LEVELS), 'A')).toEqual({ B: ['ab'], E: ['ea'], C: ['ab', 'bc'], D: ['ea', 'de'] });
  });

  it('between equally short paths keeps the one through the earliest agreements', () => {
    const diamond = [agreement('x1', 'S', 'L', true, '2024-05-01'), agreement('x2', 'S', 'R', true, '2024-01-01'), agreement('l', 'L', 'T'), agreement('r', 'R', 'T')];
    expect(routes(new RecognitionGraph(diamond, '2025-01-01', NO_LEVELS), 'S').T).toEqual(['x2', 'r']);
  });

  it('gives each standard once per learner: the shortest path, then the earliest award, never a standard they hold', () => {
    const graph = new RecognitionGraph([...ring, agreement('ax', 'A', 'X', false, '2024-01-01', '2027-12-31')], '2025-01-01', NO_LEVELS);
    const found = graph.recognizedFor([award('2', 'C', '2024-06-01'), award('1', 'A', '2024-06-01'), award('0', 'B', '2020-01-01', 'REVOKED')]);
    expect(found.map((r) => [r.standardCode, r.award.serial, r.path.map((v) => v.agreement.id), r.effectiveFrom, r.effectiveTo])).toEqual([
      ['B', '1', ['ab'], '2024-01-01', null],
      ['D', '2', ['cd'], '2024-01-01', null],
      ['E', '1', ['ea'], '2024-01-01', null],
      ['X', '1', ['ax'], '2024-01-01', '2027-12-31'],
    ]);
  });

  it('never follows a proposal the counterpart has not accepted, nor one declined or withdrawn before acceptance', () => {
    const pending = { ...agreement('ab', 'A', 'B'), status: 'PROPOSED' as const, agreedAt: null };
    const declined = { ...agreement('ac', 'A', 'C'), status: 'DECLINED' as const, agreedAt: null };
    const withdrawn = { ...agreement('ad', 'A', 'D'), status: 'WITHDRAWN' as const, agreedAt: null };
    expect(routes(new RecognitionGraph([pending, declined, withdrawn, agreement('ae', 'A', 'E')], '2025-01-01', NO_LEVELS), 'A')).toEqual({ E: ['ae'] });
  });

  it('follows an agreement withdrawn after acceptance up to its end date, and not after', () => {
    const ended = { ...agreement('ab', 'A', 'B', true, '2024-01-01', '2025-01-01'), status: 'WITHDRAWN' as const };
    expect(routes(new RecognitionGraph([ended], '2025-01-01', NO_LEVELS), 'A')).toEqual({ B: ['ab'] });
    expect(routes(new RecognitionGraph([ended], '2025-01-02', NO_LEVELS), 'A')).toEqual({});
  });

  describe('levels', () => {
    const levels = new Map<string, CertificateLevel | null>([['E1', 'ENTRY'], ['E2', 'ENTRY'], ['I1', 'INTERMEDIATE'], ['I2', 'INTERMEDIATE'], ['A1', 'ADVANCED'], ['N', null]]);

    it('a mutual link between levels is followed only downward', () => {
      const graph = new RecognitionGraph([agreement('ei', 'E1', 'I1')], '2025-01-01', levels);
      expect(routes(graph, 'E1')).toEqual({});
      expect(routes(graph, 'I1')).toEqual({ E1: ['ei'] });
    });

    it('no chain climbs: not through a higher standard, and never above the award’s own level', () => {
      // E1 ⇄ I1 ⇄ E2 would reach E2 (ENTRY) only through I1; A1 → I2 → I1 may go down, then sideways.
      const graph = new RecognitionGraph([agreement('ei', 'E1', 'I1'), agreement('ie', 'I1', 'E2'), agreement('ai', 'A1', 'I2', false), agreement('ii', 'I2', 'I1')], '2025-01-01', levels);
      expect(routes(graph, 'E1')).toEqual({});
      expect(routes(graph, 'A1')).toEqual({ I2: ['ai'], I1: ['ai', 'ii'], E1: ['ai', 'ii', 'ei'], E2: ['ai', 'ii', 'ie'] });
    });

    it('a levelled standard may count as one without a level, one way; never the reverse', () => {
      const graph = new RecognitionGraph([agreement('en', 'E1', 'N')], '2025-01-01', levels);
      expect(routes(graph, 'E1')).toEqual({ N: ['en'] });
      expect(routes(graph, 'N')).toEqual({});
    });
  });
});
