/**
 * The hub's last word on a certificate credential: was its issuer accredited
 * for the achievement's standard on the day it was issued? A credential signed
 * outside an accreditation is the "indiscriminate issuance" supervision exists
 * to stop, so it fails here even when its proof holds. Awards made before a
 * suspension keep their standing: the day asked about is the issue date.
 */
import { chinaDayOf } from '@guantong/shared/clock';
import { failed, passed, type CredentialCheck } from '@guantong/shared/credentials';
import type { Context } from '../context.ts';
import type { OrganizationRow } from '../entities/organization.ts';
import type { StandardRow } from '../entities/standard.ts';
import { checkAccreditation } from '../accreditation/check.ts';

/** The calendar day in China Standard Time on which an instant falls; null when it is not an instant. */
export function issueDayInChina(validFrom: unknown): string | null {
  if (typeof validFrom !== 'string') return null;
  const ms = Date.parse(validFrom);
  return Number.isNaN(ms) ? null : chinaDayOf(ms);
}

/**
 * The `accredited` check of a credential issued by an organisation on the hub;
 * undefined for one issued by a college or school, which award no 1+X standard.
 */
export async function accreditedCheck(
  ctx: Context,
  credential: Record<string, unknown>,
  issuer: OrganizationRow | null,
  standard: StandardRow | null,
): Promise<CredentialCheck | undefined> {
  if (!issuer) return undefined;
  if (!standard) return failed('accredited', `the achievement is not a certificate standard that ${issuer.id} issues`);
  const day = issueDayInChina(credential.validFrom ?? credential.issuanceDate);
  if (!day) return failed('accredited', 'the credential has no issue date (validFrom) to check the accreditation on');
  const check = await checkAccreditation(ctx, { organizationId: issuer.id, standardCode: standard.code, on: day });
  return check.satisfied ? passed('accredited', check.explanation) : failed('accredited', check.explanation);
}
