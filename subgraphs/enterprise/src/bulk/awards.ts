/**
 * The awards part of the enterprise bundle: the columns of
 * AwardCertificateInput, checked by awardCertificate's own functions. The
 * natural key is the serial; an award stored with the same fields is
 * unchanged, another under the same serial is the mutation's CONFLICT. The
 * school confirms each new award's holder, asked once per batch through the
 * gateway under the job's delegation (shared/src/bulk/learner-set.ts).
 */
import { Brackets, In, type EntityManager } from 'typeorm';
import type { Decision } from '@guantong/shared/policy';
import { numberIn, requiredText, type CsvRecord, type ImportKind, type RowOutcome } from '@guantong/shared/bulk/kind';
import type { BulkSetup, ExportKind } from '@guantong/shared/bulk/setup';
import { requireData } from '@guantong/shared/peer-lookups';
import { isValidLearnerId } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { AwardEntity, type AwardRow } from '../entities/award.ts';
import { StandardEntity } from '../entities/standard.ts';
import { checkAward, duplicate, HOLDER_NAME_MAX, insertAward, type CheckedAward } from '../mutations/award-certificate.ts';
import { requireHolder, type HolderAnswer } from '../peers/holder.ts';
import { ensureStatusList } from '../credentials/status-indexes.ts';

export const AWARD_COLUMNS = ['studentId', 'holderName', 'standardCode', 'serial', 'issuedOn', 'score'] as const;

const IMPORTED: Decision = { allowed: true, basis: 'own data', purpose: 'bulk import' };
const EXPORTED: Decision = { allowed: true, basis: 'own data', purpose: 'bulk export' };
/** Learners per lookup: the proofs that travel with them stay well under the gateway's body limit. */
const LOOKUP_CHUNK = 200;

/** What a batch's prefetch found: the stored awards of its serials, and the school's answers (or its refusal) per learner and name. */
interface BatchFacts {
  stored: Map<string, AwardRow>;
  holders: Map<string, HolderAnswer | Error>;
}

const facts = new WeakMap<Context, BatchFacts>();
const holderKey = (studentId: string, name: string) => `${studentId}\u0000${name}`;

function inputOf(record: CsvRecord) {
  return {
    studentId: requiredText(record, 'studentId'),
    holderName: requiredText(record, 'holderName'),
    standardCode: requiredText(record, 'standardCode'),
    serial: requiredText(record, 'serial'),
    issuedOn: requiredText(record, 'issuedOn'),
    score: numberIn(record, 'score'),
  };
}

const sameAward = (a: AwardRow, b: AwardRow) =>
  a.studentId === b.studentId && a.holderName === b.holderName && a.standardCode === b.standardCode && a.issuedOn === b.issuedOn && a.score === b.score;

async function askHolders(ctx: Context, checks: { studentId: string; name: string }[], into: BatchFacts['holders']): Promise<void> {
  for (let i = 0; i < checks.length; i += LOOKUP_CHUNK) {
    const chunk = checks.slice(i, i + LOOKUP_CHUNK);
    try {
      const answers = requireData(await ctx.peers.ask('enrolmentChecks', { checks: chunk }), 'the holders’ enrolment').enrolmentChecks as HolderAnswer[];
      chunk.forEach((c, j) => into.set(holderKey(c.studentId, c.name), answers[j]));
    } catch (err) {
      for (const c of chunk) into.set(holderKey(c.studentId, c.name), err as Error);
    }
  }
}

/** One read of the batch's stored awards, and one lookup (per 200 learners) for the holders of the new ones. */
async function prefetch(ctx: Context, records: readonly CsvRecord[]): Promise<void> {
  const serials = records.map((r) => r.serial?.trim()).filter(Boolean);
  const stored = new Map((serials.length ? await ctx.db.manager.findBy(AwardEntity, { serial: In(serials) }) : []).map((a) => [a.serial, a] as const));
  const checks = new Map<string, { studentId: string; name: string }>();
  for (const r of records) {
    const studentId = r.studentId?.trim() ?? '';
    const name = r.holderName?.trim() ?? '';
    // Only what the row's own validation would pass is asked: one malformed check would refuse the whole request.
    if (stored.has(r.serial?.trim()) || !isValidLearnerId(studentId) || name === '' || name.length > HOLDER_NAME_MAX) continue;
    checks.set(holderKey(studentId, name), { studentId, name });
  }
  const holders = new Map<string, HolderAnswer | Error>();
  await askHolders(ctx, [...checks.values()], holders);
  facts.set(ctx, { stored, holders });
}

async function check(ctx: Context, record: CsvRecord, organizationId: string) {
  const checked = await checkAward(ctx, inputOf(record), organizationId);
  const { award } = checked;
  const stored = facts.get(ctx)?.stored.get(award.serial) ?? (await ctx.db.manager.findOneBy(AwardEntity, { serial: award.serial }));
  if (stored) {
    if (!sameAward(stored, award)) throw onSerial(duplicate(award.serial));
    return { value: checked, unchanged: true };
  }
  const answer = facts.get(ctx)?.holders.get(holderKey(award.studentId, award.holderName));
  if (answer === undefined) throw new Error('the batch was not prefetched');
  if (answer instanceof Error) throw answer;
  requireHolder(award.studentId, answer);
  return { value: checked, unchanged: false };
}

function onSerial<E extends Error & { extensions: object }>(err: E): E {
  return Object.assign(err, { extensions: { ...err.extensions, field: 'serial' } });
}

async function write(em: EntityManager, ctx: Context, checked: CheckedAward): Promise<RowOutcome> {
  const stored = await em.findOneBy(AwardEntity, { serial: checked.award.serial });
  if (stored) {
    if (!sameAward(stored, checked.award)) throw onSerial(duplicate(checked.award.serial));
    return 'unchanged';
  }
  await insertAward(em, ctx, checked);
  ctx.access.audit.record(checked.award.studentId, 'CERTIFICATES:import', IMPORTED);
  return 'written';
}

export const awardImport: ImportKind<Context, CheckedAward> = {
  name: 'awards',
  columns: AWARD_COLUMNS,
  asksPeers: true,
  prefetch,
  check,
  // The issuer's status list exists before the batch takes places in it (its own transaction, as the mutation's).
  prepare: async (ctx, rows) => {
    for (const issuerId of new Set(rows.map((r) => r.standard.issuerId))) await ensureStatusList(ctx.db, issuerId);
  },
  write,
};

/**
 * The awards of the organisation's standards, by issue date and serial: an
 * award's prerequisites, held on its issue date, come before it, so the file
 * re-imports in order. Revocations are not part of the award input, so not exported.
 */
export const awardExport: ExportKind<Context> = {
  name: 'awards',
  columns: AWARD_COLUMNS,
  async page(ctx, organizationId, afterKey, limit) {
    const codes = (await ctx.db.getRepository(StandardEntity).findBy({ issuerId: organizationId })).map((s) => s.code);
    if (codes.length === 0) return [];
    const query = ctx.db.getRepository(AwardEntity).createQueryBuilder('a').where('a.standard_code IN (:...codes)', { codes });
    if (afterKey) {
      const [issuedOn, serial] = JSON.parse(afterKey) as string[];
      query.andWhere(new Brackets((q) => q.where('a.issued_on > :issuedOn', { issuedOn }).orWhere('a.issued_on = :issuedOn AND a.serial > :serial', { serial })));
    }
    const rows = await query.orderBy('a.issued_on', 'ASC').addOrderBy('a.serial', 'ASC').take(limit).getMany();
    for (const row of rows) ctx.access.audit.record(row.studentId, 'CERTIFICATES:export', EXPORTED);
    return rows.map((a) => ({
      key: JSON.stringify([a.issuedOn, a.serial]),
      record: { studentId: a.studentId, holderName: a.holderName, standardCode: a.standardCode, serial: a.serial, issuedOn: a.issuedOn, score: String(a.score) },
    }));
  },
};

/** The enterprise bundle: awards, for the organisation's own standards. */
export const enterpriseBulk: BulkSetup<Context> = {
  staffRole: 'ENTERPRISE_STAFF',
  imports: [awardImport] as BulkSetup<Context>['imports'],
  exports: [awardExport],
};
