/**
 * What a verification answers: a list of named checks, each passed or not with
 * a sentence, and a verdict sentence for a person. Further checks (the hub's
 * knowledge of the issuer, accreditation) are appended by whoever knows them.
 */

export interface CredentialCheck {
  /** A stable name, e.g. `proof`, `issuerKey`, `status`, `validity`, `knownIssuer`. */
  name: string;
  passed: boolean;
  /** One sentence saying what was found. */
  message: string;
}

export const passed = (name: string, message: string): CredentialCheck => ({ name, passed: true, message });
export const failed = (name: string, message: string): CredentialCheck => ({ name, passed: false, message });

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function instant(value: unknown): number | undefined {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The validity dates against `now`: VC 2.0 `validFrom`/`validUntil`, or VC 1.1
 * `issuanceDate`/`expirationDate`. A credential must say from when it is valid.
 */
export function validityCheck(credential: Record<string, unknown>, now: string): CredentialCheck {
  const fromField = 'validFrom' in credential ? 'validFrom' : 'issuanceDate';
  const untilField = 'validUntil' in credential ? 'validUntil' : 'expirationDate';
  const from = instant(credential[fromField]);
  const nowMs = Date.parse(now);
  if (from === undefined) return failed('validity', `the credential has no valid ${fromField} date (an ISO 8601 date-time is required)`);
  if (untilField in credential && instant(credential[untilField]) === undefined) {
    return failed('validity', `the credential's ${untilField} is not an ISO 8601 date-time`);
  }
  const until = instant(credential[untilField]);
  if (nowMs < from) return failed('validity', `the credential is not valid before ${String(credential[fromField])}`);
  if (until !== undefined && nowMs > until) return failed('validity', `the credential expired at ${String(credential[untilField])}`);
  const end = until === undefined ? 'with no end date' : `until ${String(credential[untilField])}`;
  return passed('validity', `the credential is valid from ${String(credential[fromField])} ${end}`);
}

/** A sentence for a person: the verdict, then each failed check's reason. */
export function verdictSentence(checks: readonly CredentialCheck[]): string {
  const failures = checks.filter((c) => !c.passed);
  if (failures.length === 0) return `This credential is valid: ${checks.map((c) => c.message).join('; ')}.`;
  return `This credential is NOT valid: ${failures.map((c) => c.message).join('; ')}.`;
}

/** The issuer's id, whether `issuer` is a URL or an object with an id. */
export function issuerIdOf(credential: Record<string, unknown>): string | undefined {
  const issuer = credential.issuer;
  if (typeof issuer === 'string') return issuer;
  if (issuer && typeof issuer === 'object' && typeof (issuer as { id?: unknown }).id === 'string') return (issuer as { id: string }).id;
  return undefined;
}
