/**
 * What goes into the transcript, checked before the college signs it. Each part
 * comes signed by the institution that owns it (the school's stage arrives
 * through the graph with `@requires`, the certificates from their issuers), and
 * the college signs only a complete record: a part another institution did not
 * give this caller means no transcript, never a shorter one.
 */
import { forbidden } from '@guantong/shared/errors';
import { levelOf, neverHigher } from '../evidence/evidence.ts';
import { namesLearner, openBadgeSchemaErrors, type AppliedRecognition, type Credential } from '@guantong/shared/credentials';

export interface CertificatePart {
  serial: string;
  status: 'VALID' | 'REVOKED';
  credential: Credential | null;
}

export interface TranscriptParts {
  learnerId: string;
  /** The school's signed credential of the secondary stage; null when the school gave none. */
  secondaryStage: Credential | null;
  /** The college's own signed credentials: the higher stage and the progression decision, when there are. */
  higherStage: Credential | null;
  progression: Credential | null;
  /** The learner's certificates as their issuers signed them; null when the enterprise subgraph gave none. */
  certificates: readonly CertificatePart[] | null;
}

/** Why a transcript cannot be made for this caller, naming the institution that did not give its part. */
function missing(what: string): Error {
  return forbidden(`the transcript cannot be made: ${what} not readable to you, and the college signs only a complete record`);
}

/** A part that does not name the learner, or is not a conforming Open Badge, is a fault of the hub: nothing is signed. */
function checked(part: Credential, what: string, learnerId: string): Credential {
  if (!namesLearner(part, learnerId)) throw new Error(`${what} does not name learner ${learnerId}: the transcript is not signed`);
  const errors = openBadgeSchemaErrors(part);
  if (errors.length) throw new Error(`${what} does not conform to the Open Badges 3.0 schema (${errors.join('; ')}): the transcript is not signed`);
  return part;
}

/**
 * The credentials the transcript holds, in pathway order: the secondary stage,
 * the progression decision, the higher stage, then each standing certificate.
 * A revoked certificate is left out: it is no longer an achievement.
 */
export function transcriptCredentials(parts: TranscriptParts): Credential[] {
  if (!parts.secondaryStage) throw missing('the secondary school\'s record of the secondary stage is');
  if (!parts.certificates) throw missing('the learner\'s certificates (enterprise subgraph) are');
  const standing = parts.certificates.filter((c) => c.status === 'VALID');
  const unsigned = standing.find((c) => !c.credential);
  if (unsigned) throw missing(`the credential of certificate ${unsigned.serial} is`);
  const own = [parts.progression, parts.higherStage].filter((c): c is Credential => c !== null);
  return [
    checked(parts.secondaryStage, 'the secondary stage credential', parts.learnerId),
    ...own.map((c) => checked(c, `the college's credential "${String(c.name)}"`, parts.learnerId)),
    ...standing.map((c) => checked(c.credential!, `the credential of certificate ${c.serial}`, parts.learnerId)),
  ];
}

export interface RawRecognition {
  standard: { code: string; name?: string | null; level?: string | null };
  award?: { serial: string; standard: { code: string; name?: string | null; level?: string | null } } | null;
  path?: ReadonlyArray<{ id: string; mutual: boolean }> | null;
  effectiveFrom: string;
  effectiveTo?: string | null;
}

/**
 * The recognitions that applied to the learner, as the enterprise subgraph
 * reported them today, under the college's own rule that a recognition never
 * lets a holder count at a higher level (evidence.ts).
 */
export function appliedRecognitions(raw: readonly RawRecognition[] | null | undefined): AppliedRecognition[] {
  if (!raw) return [];
  return raw
    .filter((r): r is RawRecognition & { award: NonNullable<RawRecognition['award']> } => !!r.award && neverHigher(levelOf(r.award.standard.level), levelOf(r.standard.level)))
    .map((r) => ({ r, path: r.path ?? [] }))
    .map(({ r, path }) => ({
      held: { code: r.award.standard.code, name: r.award.standard.name ?? r.award.standard.code, level: r.award.standard.level ?? null },
      serial: r.award.serial,
      counted: { code: r.standard.code, name: r.standard.name ?? r.standard.code, level: r.standard.level ?? null },
      agreementIds: path.map((p) => p.id),
      mutual: path.length > 0 && path.every((p) => p.mutual),
      effectiveFrom: r.effectiveFrom,
      effectiveTo: r.effectiveTo ?? null,
    }));
}
