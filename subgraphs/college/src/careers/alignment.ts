/**
 * Certificate–job alignment: of the certificates placed learners held when
 * their placement began, the share that the job position they were placed in
 * lists as required or optional (ESCO's essential and optional).
 */
import { share } from '../curriculum/chain.ts';

export interface PlacementFact {
  studentId: string;
  jobPositionId: string;
  startedOn: string;
}

export interface CertificateFact {
  holderId: string;
  standardCode: string;
  issuedOn: string;
  status: 'VALID' | 'REVOKED';
  revokedOn: string | null;
}

/** The certificate standards a job position lists, required or optional. */
export interface JobCertificates {
  jobPositionId: string;
  standardCodes: readonly string[];
}

export interface Alignment {
  placements: number;
  /** Certificate–placement pairs counted: each certificate held on a placement's first day. */
  certificates: number;
  aligned: number;
  /** aligned / certificates, or null when the placed learners held none. */
  rate: number | null;
}

/** Held on a day: issued by then, and not revoked on or before it. */
export function heldOn(certificate: CertificateFact, day: string): boolean {
  if (certificate.issuedOn > day) return false;
  return certificate.status === 'VALID' || (certificate.revokedOn !== null && certificate.revokedOn > day);
}

export function alignment(placements: readonly PlacementFact[], certificates: readonly CertificateFact[], jobs: readonly JobCertificates[]): Alignment {
  const listed = new Map(jobs.map((j) => [j.jobPositionId, new Set(j.standardCodes)]));
  let counted = 0;
  let aligned = 0;
  for (const placement of placements) {
    const wanted = listed.get(placement.jobPositionId) ?? new Set<string>();
    for (const certificate of certificates) {
      if (certificate.holderId !== placement.studentId || !heldOn(certificate, placement.startedOn)) continue;
      counted += 1;
      if (wanted.has(certificate.standardCode)) aligned += 1;
    }
  }
  return { placements: placements.length, certificates: counted, aligned, rate: share(aligned, counted) };
}
