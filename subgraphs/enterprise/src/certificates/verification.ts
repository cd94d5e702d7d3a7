/**
 * Certificate verification without consent: anyone signed in who holds a
 * certificate's serial and its holder's printed name may ask whether it is
 * authentic. The answer says whether it is, its status, dates and standard, and
 * nothing about the learner: no learner id, no score, not even the name back.
 *
 * An unknown serial and a wrong name give the same answer after the same work
 * (one lookup, one comparison, nothing written), so the check cannot be used to
 * learn which serials exist.
 */
import type { FindOptionsSelect } from 'typeorm';
import { sameName } from '@guantong/shared/names';
import { authorize } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import { AwardEntity, type AwardRow, type CertificateStatus } from '../entities/award.ts';

/** What `CertificateVerification` resolvers receive: the award's public facts, or nothing at all. */
export type Verification =
  | { authentic: false }
  | { authentic: true; status: CertificateStatus; issuedOn: string; revokedOn: string | null; standardCode: string };

const NOT_AUTHENTIC: Verification = Object.freeze({ authentic: false });

/** The audit entry a successful check leaves on the holder's record. */
const AUDIT_PART = 'CERTIFICATES:verification';

/** Only the columns the check needs: the score is never even read. */
const COLUMNS: FindOptionsSelect<AwardRow> = {
  serial: true, studentId: true, holderName: true, standardCode: true, status: true, issuedOn: true, revokedOn: true,
};

/** Checks one certificate; any signed-in caller, and successful checks are audited. */
export async function verifyCertificate(ctx: Context, serial: string, holderName: string): Promise<Verification> {
  const decision = authorize(ctx.actor, { action: 'certificate:verify' });
  const award = await ctx.db.getRepository(AwardEntity).findOne({ where: { serial }, select: COLUMNS });
  // Compared even for an unknown serial, so both refusals cost the same.
  const nameMatches = sameName(award?.holderName ?? '', holderName);
  // MariaDB ignores trailing spaces when it compares; the serial must match exactly.
  if (!award || award.serial !== serial || !nameMatches) return NOT_AUTHENTIC;

  // Only successful checks are recorded: recording a failed one would name the
  // learner behind a real serial and make that answer slower than an unknown serial's.
  ctx.access.audit.record(award.studentId, AUDIT_PART, decision);
  return { authentic: true, status: award.status, issuedOn: award.issuedOn, revokedOn: award.revokedOn, standardCode: award.standardCode };
}
