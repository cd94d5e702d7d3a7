/**
 * The evidence the articulation engine decides on. None of it is stored here:
 * certificates and recognitions belong to the enterprise subgraph, results and
 * module credits to the secondary subgraph. It arrives on every request, either
 * in the entity representation the gateway builds from `@requires`, or (for
 * `progressStudent`, which cannot use `@requires`) from `evidence/remote.ts`.
 */
import { forbidden } from '@guantong/shared/errors';
import type { CertificateLevel } from '../entities/credit-rule.ts';

export interface CertificateEvidence {
  serial: string;
  status: 'VALID' | 'REVOKED';
  score: number | null;
  issuedOn: string;
  revokedOn: string | null;
  revocationReason: string | null;
  standardCode: string;
  level: CertificateLevel | null;
  /** Why a prerequisite of this certificate no longer holds (the enterprise flags it), when it does not. */
  prerequisiteRevoked?: string | null;
}

export interface ResultEvidence {
  courseCode: string;
  term: string;
  score: number;
  passed: boolean;
}

export interface RecognitionEvidence {
  standardCode: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** Each part is null when it did not arrive: the owning subgraph refused the caller, or holds none. */
export interface Evidence {
  certificates: CertificateEvidence[] | null;
  results: ResultEvidence[] | null;
  recognized: RecognitionEvidence[] | null;
  moduleCredits: number | null;
}

/** The GraphQL shape of the evidence, as `@requires` selects it and the owning subgraphs answer. */
export interface RawEvidence {
  certificateFacts?: {
    serial: string; status: string; score?: number | null; issuedOn: string; revokedOn?: string | null; revocationReason?: string | null;
    prerequisiteRevoked?: string | null;
    standard: { code: string; level?: string | null };
  }[] | null;
  secondaryStage?: { resultFacts: { course: { code: string }; term: string; score: number; passed: boolean }[] } | null;
  recognizedCertificateFacts?: {
    standard: { code: string; level?: string | null }; award?: { standard: { level?: string | null } } | null; effectiveFrom: string; effectiveTo?: string | null;
  }[] | null;
  moduleCredits?: number | null;
}

export const NO_EVIDENCE: Evidence = { certificates: null, results: null, recognized: null, moduleCredits: null };

const LEVEL_RANK: Record<CertificateLevel, number> = { ENTRY: 1, INTERMEDIATE: 2, ADVANCED: 3 };
export const levelOf = (level: string | null | undefined): CertificateLevel | null => (level && level in LEVEL_RANK ? (level as CertificateLevel) : null);

/**
 * Whether a holder at `held` may count as a standard at `counted`: the same
 * level or a lower one, or a standard without a level from a levelled one
 * (the enterprise's rule for agreements). The enterprise already leaves out
 * any path that raises a level; the college checks again, so no decision here
 * ever rests on a recognition above the certificate the learner holds, even
 * if an agreement from before that rule slipped through.
 */
export function neverHigher(held: CertificateLevel | null, counted: CertificateLevel | null): boolean {
  if (counted === null) return true;
  return held !== null && LEVEL_RANK[counted] <= LEVEL_RANK[held];
}

/** Flattens the GraphQL shape; a part that is absent or null stays null; a recognition that would raise a level is left out. */
export function toEvidence(raw: RawEvidence): Evidence {
  return {
    certificates: raw.certificateFacts?.map((c) => ({
      serial: c.serial,
      status: c.status === 'REVOKED' ? 'REVOKED' : 'VALID',
      score: c.score ?? null,
      issuedOn: c.issuedOn,
      revokedOn: c.revokedOn ?? null,
      revocationReason: c.revocationReason ?? null,
      standardCode: c.standard.code,
      level: (c.standard.level ?? null) as CertificateLevel | null,
      prerequisiteRevoked: c.prerequisiteRevoked ?? null,
    })) ?? null,
    results: raw.secondaryStage?.resultFacts.map((r) => ({ courseCode: r.course.code, term: r.term, score: r.score, passed: r.passed })) ?? null,
    recognized: raw.recognizedCertificateFacts
      ?.filter((r) => neverHigher(levelOf(r.award?.standard.level), levelOf(r.standard.level)))
      .map((r) => ({ standardCode: r.standard.code, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo ?? null })) ?? null,
    moduleCredits: typeof raw.moduleCredits === 'number' ? raw.moduleCredits : null,
  };
}

/** Which parts of the evidence a decision actually reads. */
export interface EvidenceNeeds {
  certificates: boolean;
  results: boolean;
  recognized: boolean;
  moduleCredits: boolean;
}

const PARTS: { key: keyof EvidenceNeeds; what: string }[] = [
  { key: 'certificates', what: 'certificates (enterprise subgraph)' },
  { key: 'recognized', what: 'recognised certificates (enterprise subgraph)' },
  { key: 'results', what: 'secondary results (secondary subgraph)' },
  { key: 'moduleCredits', what: 'module credits (secondary subgraph)' },
];

/**
 * Refuses to decide on partial evidence. A null part means the owning subgraph
 * would not show it to this caller (or holds none for the learner); deciding
 * without it would silently deny credit or progression, so the caller is told.
 */
export function requireEvidence(evidence: Evidence, needs: EvidenceNeeds, decision: string): void {
  const missing = PARTS.filter(({ key }) => needs[key] && evidence[key] === null).map(({ what }) => what);
  if (missing.length === 0) return;
  throw forbidden(
    `${decision} cannot be decided: the learner's ${missing.join(' and ')} are not readable to you (refused by the owning subgraph, or none are held there), and the hub does not decide on partial evidence`,
  );
}

/** The last day of an academic term: the hub's one academic calendar (shared/src/terms.ts). */
export { termEnd } from '@guantong/shared/terms';
