/**
 * The checks that depend on what a credential says it is, beside those every
 * credential gets: an Open Badge is held to 1EdTech's OB 3.0 JSON Schema; a CLR
 * 2.0 record to the fields CLR 2.0 requires, and each credential it holds is
 * verified on its own, with all of its own checks, one level deep.
 */
import {
  clrStructureCheck, credentialLabel, embeddedCheck, embeddedCredentials, isClrCredential, isOpenBadgeCredential, issuerIdOf,
  MAX_EMBEDDED_CREDENTIALS, nestedTooDeep, openBadgeSchemaCheck, tooManyEmbedded, type CredentialCheck,
} from '@guantong/shared/credentials';

/** What the recursion needs of a verification: its verdict, checks and the issuer's name, when known. */
export interface InnerVerdict {
  verified: boolean;
  checks: CredentialCheck[];
  issuer: { name: string } | null;
}

export interface KindChecks<V extends InnerVerdict> {
  checks: CredentialCheck[];
  embedded: V[];
}

/** The checks for what the credential is; `verify` verifies a credential held inside a CLR. */
export async function kindChecks<V extends InnerVerdict>(credential: Record<string, unknown>, depth: number, verify: (inner: Record<string, unknown>) => Promise<V>): Promise<KindChecks<V>> {
  if (isOpenBadgeCredential(credential)) return { checks: [openBadgeSchemaCheck(credential)], embedded: [] };
  if (!isClrCredential(credential)) return { checks: [], embedded: [] };
  const structure = clrStructureCheck(credential);
  const held = embeddedCredentials(credential);
  if (depth > 0) return { checks: [structure, nestedTooDeep()], embedded: [] };
  if (held.length > MAX_EMBEDDED_CREDENTIALS) return { checks: [structure, tooManyEmbedded(held.length)], embedded: [] };
  const embedded = await Promise.all(held.map(verify));
  const outcomes = embedded.map((v, i) => ({
    name: credentialLabel(held[i], i),
    issuer: v.issuer?.name ?? issuerIdOf(held[i]) ?? 'an unnamed issuer',
    verified: v.verified,
    failures: v.checks.filter((c) => !c.passed).map((c) => c.message),
  }));
  return { checks: [structure, embeddedCheck(outcomes)], embedded };
}
