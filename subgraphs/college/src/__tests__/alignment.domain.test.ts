/**
 * Certificate–job alignment, recomputed by hand: of the certificates placed
 * learners held on each placement's first day, the share the job lists as
 * required or optional.
 */
import { describe, expect, it } from 'vitest';
import { alignment, heldOn, type CertificateFact } from '../careers/alignment.ts';

const cert = (holderId: string, standardCode: string, issuedOn = '2024-06-20', status: CertificateFact['status'] = 'VALID', revokedOn: string | null = null): CertificateFact => ({
  holderId, standardCode, issuedOn, status, revokedOn,
});
const placed = (studentId: string, jobPositionId: string, startedOn = '2025-03-01') => ({ studentId, jobPositionId, startedOn });
const jobs = [
  { jobPositionId: 'noc', standardCodes: ['NED'] },
  { jobPositionId: 'sec', standardCodes: ['NE', 'NED'] },
  { jobPositionId: 'sales', standardCodes: [] },
];

describe('the alignment rate', () => {
  it('counts each certificate once per placement: 3 of 5 here', () => {
    const certificates = [cert('ann', 'NED'), cert('ann', 'NE'), cert('bo', 'NED'), cert('bo', 'OSOP'), cert('cy', 'NED')];
    const result = alignment([placed('ann', 'sec'), placed('bo', 'noc'), placed('cy', 'sales'), placed('dee', 'noc')], certificates, jobs);
    // ann: NED and NE both listed (2 of 2); bo: NED listed, OSOP not (1 of 2); cy: NED not listed for sales (0 of 1); dee holds none.
    expect(result).toEqual({ placements: 4, certificates: 5, aligned: 3, rate: 0.6 });
  });

  it('a learner placed twice counts their certificates for each placement', () => {
    expect(alignment([placed('ann', 'noc'), placed('ann', 'sales')], [cert('ann', 'NED')], jobs)).toEqual({ placements: 2, certificates: 2, aligned: 1, rate: 0.5 });
  });

  it('counts only what was held when the placement began; a job the catalogue does not list aligns nothing', () => {
    const result = alignment([placed('ann', 'noc', '2024-06-19'), placed('bo', 'gone')], [cert('ann', 'NED', '2024-06-20'), cert('bo', 'NED')], jobs);
    expect(result).toEqual({ placements: 2, certificates: 1, aligned: 0, rate: 0 });
  });

  it('has no rate when the placed learners held no certificate', () => {
    expect(alignment([placed('dee', 'noc')], [], jobs)).toEqual({ placements: 1, certificates: 0, aligned: 0, rate: null });
    expect(alignment([], [cert('ann', 'NED')], jobs)).toEqual({ placements: 0, certificates: 0, aligned: 0, rate: null });
  });
});

describe('a certificate held on a day', () => {
  it('from its issue date, while valid', () => {
    expect(heldOn(cert('a', 'X', '2024-06-20'), '2024-06-19')).toBe(false);
    expect(heldOn(cert('a', 'X', '2024-06-20'), '2024-06-20')).toBe(true);
  });

  it('a revoked one until the day before its revocation', () => {
    const revoked = cert('a', 'X', '2024-06-20', 'REVOKED', '2025-03-01');
    expect(heldOn(revoked, '2025-02-28')).toBe(true);
    expect(heldOn(revoked, '2025-03-01')).toBe(false);
    expect(heldOn(cert('a', 'X', '2024-06-20', 'REVOKED', null), '2024-07-01')).toBe(false);
  });
});
