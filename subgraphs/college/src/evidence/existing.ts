/**
 * Evidence counts only once it exists: a certificate from its issue date, a
 * course result from the end of its term (shared/src/terms.ts). Every decision
 * the college makes reads its evidence through this filter first; what it
 * leaves out is PENDING, never counted.
 */
import { termEnded } from '@guantong/shared/terms';
import type { CertificateEvidence, ResultEvidence } from './evidence.ts';

export const certificateExists = (c: Pick<CertificateEvidence, 'issuedOn'>, asOf: string): boolean => c.issuedOn <= asOf;

export const resultExists = (r: Pick<ResultEvidence, 'term'>, asOf: string): boolean => termEnded(r.term, asOf);

/** The part of a learner's certificates and results that exists on `asOf`. */
export function existingOn<T extends { certificates: readonly CertificateEvidence[]; results: readonly ResultEvidence[] }>(input: T, asOf: string): T {
  return {
    ...input,
    certificates: input.certificates.filter((c) => certificateExists(c, asOf)),
    results: input.results.filter((r) => resultExists(r, asOf)),
  };
}
