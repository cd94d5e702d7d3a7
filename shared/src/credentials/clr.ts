/**
 * The learner's whole record as a CLR 2.0 ClrCredential (unsigned): the
 * credentials each institution signed for its own facts, embedded as they
 * came, and, stated by the college that signs the whole, the recognitions that
 * applied to the learner (each an achievement the learner counts as holding,
 * associated with the standard actually held) and the order of the stages.
 */
import { CLR_V2_CONTEXT, OB_V3_CONTEXT, VC_V2_CONTEXT } from './contexts.ts';
import { failed, issuerIdOf, passed, type CredentialCheck } from './checks.ts';
import type { Credential } from './sign.ts';
import type { HashedIdentifier } from './subject.ts';

export const CLR_TYPE = 'ClrCredential';

/** The achievement id of a certificate standard, as the issuers' credentials name it. */
export const standardAchievementId = (code: string): string => `urn:guantong:standard:${encodeURIComponent(code)}`;

export interface StandardRef {
  code: string;
  name: string;
  level: string | null;
}

/** A recognition that applied: the learner's certificate counts as another standard. */
export interface AppliedRecognition {
  held: StandardRef;
  /** The serial of the certificate that counts. */
  serial: string;
  counted: StandardRef;
  /** The agreements of the path, in order. */
  agreementIds: readonly string[];
  mutual: boolean;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export interface ClrFacts {
  id: string;
  issuer: { did: string; name: string };
  issuedAt: string;
  subject: HashedIdentifier;
  pathway: { agreementId: string; agreementName: string; stage: string; cohort: string };
  /** Signed credentials, each by the institution that owns its facts. */
  credentials: readonly Credential[];
  recognitions: readonly AppliedRecognition[];
  /** Achievement ids of the stages, in pathway order: the first precedes the next. */
  stageAchievementIds: readonly string[];
}

const levelText = (s: StandardRef): string => (s.level ? ` (${s.level})` : '');

function recognitionAchievement(r: AppliedRecognition): Record<string, unknown> {
  const until = r.effectiveTo ? ` until ${r.effectiveTo}` : '';
  const way = r.mutual ? 'mutual recognition' : 'one-way recognition';
  return {
    id: standardAchievementId(r.counted.code),
    type: ['Achievement'],
    achievementType: 'Certificate',
    humanCode: r.counted.code,
    name: r.counted.name,
    description: `Counted as held: certificate ${r.serial} of ${r.held.code} ${r.held.name}${levelText(r.held)} counts as ${r.counted.code}${levelText(r.counted)} under ${r.agreementIds.join(', ')} (${way}, in force from ${r.effectiveFrom}${until}).`,
    criteria: { narrative: `Hold ${r.held.code}, recognised as ${r.counted.code} by agreement of both issuers.` },
  };
}

function associations(facts: ClrFacts): Array<Record<string, unknown>> {
  const stages = facts.stageAchievementIds.slice(1).map((targetId, i) => ({
    type: 'Association', associationType: 'precedes', sourceId: facts.stageAchievementIds[i], targetId,
  }));
  const recognitions = facts.recognitions.map((r) => ({
    type: 'Association',
    associationType: r.mutual ? 'isPeerOf' : 'isRelatedTo',
    sourceId: standardAchievementId(r.held.code),
    targetId: standardAchievementId(r.counted.code),
  }));
  return [...stages, ...recognitions];
}

/** One achievement per standard counted as held, however many paths lead to it. */
function recognitionAchievements(recognitions: readonly AppliedRecognition[]): Array<Record<string, unknown>> {
  const byCode = new Map<string, AppliedRecognition>();
  for (const r of recognitions) if (!byCode.has(r.counted.code)) byCode.set(r.counted.code, r);
  return [...byCode.values()].map(recognitionAchievement);
}

export function clrCredential(facts: ClrFacts): Credential {
  const { pathway } = facts;
  const related = associations(facts);
  const counted = recognitionAchievements(facts.recognitions);
  return {
    '@context': [VC_V2_CONTEXT, CLR_V2_CONTEXT, OB_V3_CONTEXT],
    id: facts.id,
    type: ['VerifiableCredential', CLR_TYPE],
    name: `Five-year transcript: ${pathway.agreementName}`,
    description: `${facts.issuer.name} states the learner's record on the pathway ${pathway.agreementId} (cohort ${pathway.cohort}, now ${pathway.stage}): each stage as its institution signed it, the certificates as their issuers signed them, the progression decision and the recognitions that applied.`,
    partial: false,
    issuer: { id: facts.issuer.did, type: ['Profile'], name: facts.issuer.name },
    validFrom: facts.issuedAt,
    credentialSubject: {
      type: ['ClrSubject'],
      identifier: [facts.subject],
      verifiableCredential: [...facts.credentials],
      ...(counted.length ? { achievement: counted } : {}),
      ...(related.length ? { association: related } : {}),
    },
  };
}

const typesOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** True when the credential says it is a CLR. */
export const isClrCredential = (credential: Record<string, unknown>): boolean => typesOf(credential.type).includes(CLR_TYPE);

/** The credentials a CLR holds, as they are (objects only). */
export function embeddedCredentials(credential: Record<string, unknown>): Array<Record<string, unknown>> {
  const subject = credential.credentialSubject;
  const list = isObject(subject) ? subject.verifiableCredential : undefined;
  return Array.isArray(list) ? list.filter(isObject) : [];
}

/** What CLR 2.0 requires of a ClrCredential, each a sentence when missing. */
function clrShortcomings(credential: Record<string, unknown>): string[] {
  const missing: string[] = [];
  const types = typesOf(credential.type);
  if (!types.includes('VerifiableCredential') || !types.includes(CLR_TYPE)) missing.push('its type must include VerifiableCredential and ClrCredential');
  if (!issuerIdOf(credential)) missing.push('it names no issuer');
  if (typeof credential.validFrom !== 'string') missing.push('it has no validFrom');
  const proof = credential.proof;
  if (!isObject(proof) && !(Array.isArray(proof) && proof.length > 0)) missing.push('it carries no proof');
  const subject = credential.credentialSubject;
  if (!isObject(subject)) return [...missing, 'it has no credentialSubject'];
  if (!typesOf(subject.type).includes('ClrSubject')) missing.push('its credentialSubject is not a ClrSubject');
  const held = subject.verifiableCredential;
  if (!Array.isArray(held) || held.length === 0 || !held.every(isObject)) missing.push('its credentialSubject.verifiableCredential must list at least one credential');
  return missing;
}

/** The `clr` check: the fields CLR 2.0 requires of a ClrCredential are there. */
export function clrStructureCheck(credential: Record<string, unknown>): CredentialCheck {
  const missing = clrShortcomings(credential);
  if (missing.length === 0) return passed('clr', `a CLR 2.0 ClrCredential holding ${embeddedCredentials(credential).length} credentials`);
  return failed('clr', `not a well-formed CLR 2.0 ClrCredential: ${missing.join('; ')}`);
}

/**
 * The most credentials a verifier checks inside one CLR: each costs a signature
 * check and perhaps a status list fetch, and a transcript holds a few dozen.
 */
export const MAX_EMBEDDED_CREDENTIALS = 100;

/** The `embedded` check of a CLR holding more credentials than a verifier checks. */
export const tooManyEmbedded = (count: number): CredentialCheck =>
  failed('embedded', `it holds ${count} credentials; this verifier checks at most ${MAX_EMBEDDED_CREDENTIALS} in one record`);

/** The `embedded` check of a CLR inside a CLR: only one level is verified. */
export const nestedTooDeep = (): CredentialCheck => failed('embedded', 'it is a record inside a record: the credentials it holds are not verified at this depth');

/** One embedded credential's outcome, as the `embedded` check sums it up. */
export interface EmbeddedOutcome {
  /** The credential's name, or its position when it has none. */
  name: string;
  issuer: string;
  verified: boolean;
  /** The messages of its failed checks. */
  failures: readonly string[];
}

/** The `embedded` check: every credential the CLR holds verifies on its own. */
export function embeddedCheck(outcomes: readonly EmbeddedOutcome[]): CredentialCheck {
  const bad = outcomes.filter((o) => !o.verified);
  if (outcomes.length === 0) return failed('embedded', 'it holds no credential to verify');
  if (bad.length === 0) return passed('embedded', `each of the ${outcomes.length} credentials it holds verifies on its own`);
  const reasons = bad.map((o) => `"${o.name}" from ${o.issuer} (${o.failures.join('; ')})`);
  return failed('embedded', `${bad.length} of the ${outcomes.length} credentials it holds do not verify: ${reasons.join('; ')}`);
}

/** A name for an embedded credential in a sentence. */
export function credentialLabel(credential: Record<string, unknown>, index: number): string {
  return typeof credential.name === 'string' && credential.name.trim() ? credential.name : `credential ${index + 1}`;
}
