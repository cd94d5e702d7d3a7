/**
 * awardCertificate: an issuing organisation records that a learner holds one of
 * its certificates. Serials are unique hub-wide and awards are never overwritten;
 * a standard's prerequisites must be held first (prerequisites/ladder.ts).
 */
import { In, type EntityManager } from 'typeorm';
import { badInput, conflict, forbidden } from '@guantong/shared/errors';
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { authorize, type Decision } from '@guantong/shared/policy';
import { requireDate, requireLearnerId, requireScore, requireText } from '@guantong/shared/validation';
import { todayInChina } from '@guantong/shared/clock';
import { onColumn } from '@guantong/shared/bulk/kind';
import type { Context } from '../context.ts';
import { AwardEntity, type AwardRow } from '../entities/award.ts';
import { StandardEntity, type StandardRow } from '../entities/standard.ts';
import type { AwardCertificateInput } from '../generated/resolvers.ts';
import { missingPrerequisites } from '../prerequisites/ladder.ts';
import { requireEnrolledHolder } from '../peers/holder.ts';
import { ensureStatusList, takeStatusIndexes } from '../credentials/status-indexes.ts';
import { requireAccreditedFor } from '../accreditation/award-check.ts';

const SERIAL_MAX = 64;
/** The width of the `holder_name` column. */
export const HOLDER_NAME_MAX = 100;
const SERIAL_PATTERN = /^[A-Za-z0-9-]+$/;

export const duplicate = (serial: string) =>
  conflict(`certificate serial ${serial} has already been awarded; serials are unique hub-wide and awards are not overwritten`);

function requireSerial(value: string): string {
  const serial = requireText(value, 'serial', SERIAL_MAX);
  if (!SERIAL_PATTERN.test(serial)) {
    throw badInput(
      `serial must be 1 to ${SERIAL_MAX} characters, using only letters A–Z and a–z, digits and hyphens (pattern [A-Za-z0-9-]+), e.g. ICV2-2026-000123`,
      { field: 'serial' },
    );
  }
  return serial;
}

function requireIssuedOn(value: string): string {
  const issuedOn = requireDate(value, 'issuedOn');
  const today = todayInChina();
  if (issuedOn > today) {
    throw badInput(`issuedOn must not be in the future: got ${issuedOn}, today is ${today} (China Standard Time)`, { field: 'issuedOn' });
  }
  return issuedOn;
}

/**
 * Everything that can be checked without asking anyone; the school then
 * confirms the learner (peers/holder.ts). Exported for the demo's own check.
 */
export function validateAward(input: AwardCertificateInput): AwardRow {
  return {
    serial: requireSerial(input.serial),
    studentId: requireLearnerId(input.studentId),
    // Stored as printed (trimmed); verification normalises both sides when it compares.
    holderName: requireText(input.holderName, 'holderName', HOLDER_NAME_MAX),
    standardCode: input.standardCode,
    issuedOn: requireIssuedOn(input.issuedOn),
    score: requireScore(input.score),
    status: 'VALID',
    revokedOn: null,
    revocationReason: null,
  };
}

/** Names each missing rung, and says what would satisfy it. */
async function ladderRefusal(em: EntityManager, standard: StandardRow, award: AwardRow, missing: readonly string[]): Promise<Error> {
  const names = new Map((await em.findBy(StandardEntity, { code: In([...missing]) })).map((s) => [s.code, s.name] as const));
  const listed = missing.map((code) => `${code} (${names.get(code) ?? code})`).join(' and ');
  const them = missing.length > 1 ? 'them' : 'it';
  return badInput(
    `${standard.code} (${standard.name}) requires ${listed}; learner ${award.studentId} held no valid award of ${them}, ` +
      `or of a standard recognised as ${them}, on ${award.issuedOn}. Award ${missing.join(' and ')} first.`,
    { field: 'standardCode', missingPrerequisites: [...missing] },
  );
}

/** An award that passed every check that needs no one else's word, with its standard and the caller's authorisation. */
export interface CheckedAward {
  award: AwardRow;
  standard: StandardRow;
  decision: Decision;
}

/**
 * Validates, finds the standard and authorises against its issuer (for an
 * import, the issuer must also be the importing organisation), and checks the
 * accreditation; the school's word about the learner comes after.
 */
export async function checkAward(ctx: Context, input: AwardCertificateInput, organizationId?: string): Promise<CheckedAward> {
  const award = validateAward(input);
  const standard = await ctx.loaders.standardByCode.load(award.standardCode);
  if (!standard) {
    throw badInput(`standardCode "${award.standardCode}" is not a certificate standard on the hub; see certificateStandards`, { field: 'standardCode' });
  }
  if (organizationId !== undefined && standard.issuerId !== organizationId) {
    throw onColumn(forbidden(`standardCode ${standard.code} is issued by ${standard.issuerId}; ${organizationId} imports only awards of its own standards`), 'standardCode');
  }
  const decision = authorize(ctx.actor, { action: 'org:write', organizationId: standard.issuerId, staffRole: 'ENTERPRISE_STAFF' });
  // Before the school is asked about the learner, and again on locked rows inside the write.
  await requireAccreditedFor(ctx, standard, datedOf(award));
  return { award, standard, decision };
}

const datedOf = (award: AwardRow) => ({ act: 'award', field: 'issuedOn', day: award.issuedOn });

/**
 * Inside the write's transaction: the accreditation again, a new serial, the
 * ladder (audited), the row and its status-list place, and the audit entry
 * flushed before the commit.
 */
export async function insertAward(em: EntityManager, ctx: Context, { award, standard, decision }: CheckedAward): Promise<void> {
  await requireAccreditedFor(ctx, standard, datedOf(award), em);
  if (await em.existsBy(AwardEntity, { serial: award.serial })) throw duplicate(award.serial);
  const missing = await missingPrerequisites(em, award);
  // The ladder check read the learner's certificates on the issuer's behalf: the trail shows it.
  if (missing !== null) ctx.access.audit.record(award.studentId, 'CERTIFICATES:awardCertificate', decision);
  if (missing?.length) throw await ladderRefusal(em, standard, award, missing);
  await em.insert(AwardEntity, award);
  // Its place in the issuer's status list, taken with the award or not at all.
  await takeStatusIndexes(em, standard.issuerId, [award.serial]);
}

/**
 * Validates, authorises against the standard's issuer, checks the ladder and
 * writes in one transaction, with its audit entry; a refusal writes nothing.
 */
export async function awardCertificate(ctx: Context, input: AwardCertificateInput): Promise<AwardRow> {
  const checked = await checkAward(ctx, input);
  const { award, standard } = checked;
  await requireEnrolledHolder(ctx.peers, award.studentId, award.holderName);
  await ensureStatusList(ctx.db, standard.issuerId);
  try {
    await writeTransaction(ctx.db, async (em) => {
      await insertAward(em, ctx, checked);
      // The entry goes to the audit store before the award commits: if it cannot
      // be appended, the award rolls back and the client's retry starts afresh.
      await ctx.access.audit.flush();
    });
  } catch (err) {
    // Two awards racing past the pre-check: the primary key decides.
    if (isUniqueViolation(err)) throw duplicate(award.serial);
    throw err;
  }
  ctx.loaders.awardsByStudent.clear(award.studentId);
  return award;
}
