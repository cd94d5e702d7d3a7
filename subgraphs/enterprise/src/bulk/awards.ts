/**
 * The awards part of the enterprise bundle: the columns of
 * AwardCertificateInput, checked by awardCertificate's own functions. The
 * natural key is the serial; an award stored with the same fields is
 * unchanged, another under the same serial is the mutation's CONFLICT. The
 * school confirms each new award's holder, asked once per batch through the
 * gateway under the job's delegation (shared/src/bulk/learner-set.ts).
 */
import { Brackets, In, type EntityManager } from 'typeorm';
import { EXPORTED, IMPORTED } from '@guantong/shared/bulk/audit';
import { numberIn, onColumn, requiredText, type CsvRecord, type ImportKind, type RowOutcome } from '@guantong/shared/bulk/kind';
import type { BulkSetup, ExportKind } from '@guantong/shared/bulk/setup';
import { EnrolmentAnswers } from '@guantong/shared/bulk/enrolment-checks';
import type { Context } from '../context.ts';
import { AwardEntity, type AwardRow } from '../entities/award.ts';
import { StandardEntity } from '../entities/standard.ts';
import { checkAward, duplicate, HOLDER_NAME_MAX, insertAward, type CheckedAward } from '../mutations/award-certificate.ts';
import { requireHolder } from '../peers/holder.ts';
import { ensureStatusList } from '../credentials/status-indexes.ts';

export const AWARD_COLUMNS = ['studentId', 'holderName', 'standardCode', 'serial', 'issuedOn', 'score'] as const;

/** What a batch's prefetch found: the stored awards of its serials, and the school's answers about the holders of the new ones. */
interface BatchFacts {
  stored: Map<string, AwardRow>;
  holders: EnrolmentAnswers;
}

const facts = new WeakMap<Context, BatchFacts>();

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

/** One read of the batch's stored awards, and one lookup (per 200 learners) for the holders of the new ones. */
async function prefetch(ctx: Context, records: readonly CsvRecord[]): Promise<void> {
  const serials = records.map((r) => r.serial?.trim()).filter(Boolean);
  const stored = new Map((serials.length ? await ctx.db.manager.findBy(AwardEntity, { serial: In(serials) }) : []).map((a) => [a.serial, a] as const));
  const questions = records
    .filter((r) => !stored.has(r.serial?.trim()))
    .map((r) => ({ studentId: r.studentId?.trim() ?? '', name: r.holderName?.trim() ?? '' }))
    // What the row's own validation refuses is not asked: one malformed check would refuse the whole lookup.
    .filter((q) => q.name !== '' && q.name.length <= HOLDER_NAME_MAX);
  facts.set(ctx, { stored, holders: await EnrolmentAnswers.ask(ctx.peers, questions) });
}

async function check(ctx: Context, record: CsvRecord, organizationId: string) {
  const checked = await checkAward(ctx, inputOf(record), organizationId);
  const { award } = checked;
  const stored = facts.get(ctx)?.stored.get(award.serial) ?? (await ctx.db.manager.findOneBy(AwardEntity, { serial: award.serial }));
  if (stored) {
    if (!sameAward(stored, award)) throw onColumn(duplicate(award.serial), 'serial');
    return { value: checked, unchanged: true };
  }
  const holders = facts.get(ctx)?.holders;
  if (!holders) throw new Error('the batch was not prefetched');
  requireHolder(award.studentId, holders.answer({ studentId: award.studentId, name: award.holderName }));
  return { value: checked, unchanged: false };
}

async function write(em: EntityManager, ctx: Context, checked: CheckedAward): Promise<RowOutcome> {
  const stored = await em.findOneBy(AwardEntity, { serial: checked.award.serial });
  if (stored) {
    if (!sameAward(stored, checked.award)) throw onColumn(duplicate(checked.award.serial), 'serial');
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
