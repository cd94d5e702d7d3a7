/**
 * The evidence the college decides on: as it arrives from the other
 * subgraphs, what of it exists on a day, and the refusal to decide when a
 * part the decision reads did not arrive.
 */
import { describe, expect, it } from 'vitest';
import { NO_EVIDENCE, neverHigher, requireEvidence, toEvidence, type RawEvidence } from '../evidence/evidence.ts';
import { existingOn } from '../evidence/existing.ts';
import { award, result } from './credit-fixtures.ts';

const recognition = (level: string | null, heldLevel: string | null | undefined) => ({
  standard: { code: 'X-NED-1', level }, award: heldLevel === undefined ? null : { standard: { level: heldLevel } }, effectiveFrom: '2025-01-01',
});

describe('evidence as it arrives', () => {
  it('a certificate arrives with every field the decisions read; absent optional fields become null', () => {
    const raw: RawEvidence = {
      certificateFacts: [
        { serial: 'S1', status: 'REVOKED', score: 72, issuedOn: '2024-06-20', revokedOn: '2025-03-01', revocationReason: 'irregularity', prerequisiteRevoked: 'P1 revoked', standard: { code: 'X-NED-1', level: 'ENTRY' } },
        { serial: 'S2', status: 'VALID', issuedOn: '2024-07-01', standard: { code: 'X-NE-2' } },
      ],
    };
    expect(toEvidence(raw).certificates).toEqual([
      { serial: 'S1', status: 'REVOKED', score: 72, issuedOn: '2024-06-20', revokedOn: '2025-03-01', revocationReason: 'irregularity', standardCode: 'X-NED-1', level: 'ENTRY', prerequisiteRevoked: 'P1 revoked' },
      { serial: 'S2', status: 'VALID', score: null, issuedOn: '2024-07-01', revokedOn: null, revocationReason: null, standardCode: 'X-NE-2', level: null, prerequisiteRevoked: null },
    ]);
  });

  it('results arrive flattened, and module credits as a number', () => {
    const raw: RawEvidence = { secondaryStage: { resultFacts: [{ course: { code: 'NET-S101' }, term: '2023-2024-1', score: 55, passed: false }] }, moduleCredits: 0 };
    const evidence = toEvidence(raw);
    expect(evidence.results).toEqual([{ courseCode: 'NET-S101', term: '2023-2024-1', score: 55, passed: false }]);
    expect(evidence.moduleCredits).toBe(0);
  });

  it('a part that did not arrive stays null, never an empty list that would deny credit silently', () => {
    expect(toEvidence({})).toEqual(NO_EVIDENCE);
    expect(toEvidence({ certificateFacts: null, secondaryStage: null, recognizedCertificateFacts: null, moduleCredits: null })).toEqual(NO_EVIDENCE);
  });

  it('a recognition counts as a standard of the same or a lower level, never a higher one', () => {
    const raw: RawEvidence = {
      recognizedCertificateFacts: [
        { ...recognition('ENTRY', 'INTERMEDIATE'), effectiveTo: '2027-12-31' },
        recognition('INTERMEDIATE', 'INTERMEDIATE'),
        recognition('ADVANCED', 'INTERMEDIATE'),
        recognition(null, 'ADVANCED'),
        recognition('ENTRY', null),
        recognition('ENTRY', undefined),
        recognition('ENTRY', 'UNKNOWN'),
      ],
    };
    expect(toEvidence(raw).recognized).toEqual([
      { standardCode: 'X-NED-1', effectiveFrom: '2025-01-01', effectiveTo: '2027-12-31' },
      { standardCode: 'X-NED-1', effectiveFrom: '2025-01-01', effectiveTo: null },
      { standardCode: 'X-NED-1', effectiveFrom: '2025-01-01', effectiveTo: null },
    ]);
  });

  it('a standard without a level may come from a levelled one, never the reverse', () => {
    expect(neverHigher('ENTRY', null)).toBe(true);
    expect(neverHigher(null, null)).toBe(true);
    expect(neverHigher(null, 'ENTRY')).toBe(false);
    expect(neverHigher('ADVANCED', 'ADVANCED')).toBe(true);
    expect(neverHigher('ADVANCED', 'ENTRY')).toBe(true);
    expect(neverHigher('ENTRY', 'ADVANCED')).toBe(false);
  });
});

describe('evidence that exists on a day', () => {
  it('a certificate exists from its issue date, a result from the end of its term', () => {
    const input = {
      certificates: [award({ serial: 'TODAY', issuedOn: '2025-01-31' }), award({ serial: 'TOMORROW', issuedOn: '2025-02-01' })],
      results: [result('NET-S101', 70, '2024-2025-1'), result('NET-S120', 80, '2024-2025-2')],
      other: 'kept',
    };
    const existing = existingOn(input, '2025-01-31');
    expect(existing.certificates.map((c) => c.serial)).toEqual(['TODAY']);
    expect(existing.results.map((r) => r.courseCode)).toEqual(['NET-S101']);
    expect(existing.other).toBe('kept');
  });
});

describe('deciding only on the whole evidence', () => {
  const all = { certificates: true, results: true, recognized: true, moduleCredits: true };

  it('names every part that did not arrive, and which subgraph holds it', () => {
    expect(() => requireEvidence(NO_EVIDENCE, all, 'Progression')).toThrow(
      "Progression cannot be decided: the learner's certificates (enterprise subgraph) and recognised certificates (enterprise subgraph) and secondary results (secondary subgraph) and module credits (secondary subgraph) are not readable to you (refused by the owning subgraph, or none are held there), and the hub does not decide on partial evidence",
    );
  });

  it('refuses with FORBIDDEN', () => {
    expect(() => requireEvidence(NO_EVIDENCE, all, 'Progression')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }));
  });

  it('decides when what it reads arrived, even if other parts did not', () => {
    expect(() => requireEvidence({ ...NO_EVIDENCE, results: [] }, { ...all, certificates: false, recognized: false, moduleCredits: false }, 'Credit')).not.toThrow();
  });
});
