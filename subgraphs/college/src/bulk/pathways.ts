/**
 * The pathways part of the college bundle: the columns of
 * RegisterPathwayInput, checked by registerPathway's own functions. The
 * natural key is the learner (one registration each); a stored registration
 * with the same agreement, cohort, date (and birth date, when given) is
 * unchanged, any other is the mutation's CONFLICT. The enrolling school
 * confirms each new learner and their birth date, asked once per batch under
 * the job's delegation.
 */
import { In, type EntityManager } from 'typeorm';
import { EXPORTED, IMPORTED } from '@guantong/shared/bulk/audit';
import { EnrolmentAnswers } from '@guantong/shared/bulk/enrolment-checks';
import { onColumn, requiredText, type CsvRecord, type ImportKind, type RowOutcome } from '@guantong/shared/bulk/kind';
import type { ExportKind } from '@guantong/shared/bulk/setup';
import type { Context } from '../context.ts';
import { AgreementEntity } from '../entities/agreement.ts';
import { PathwayEntity, type PathwayRow } from '../entities/pathway.ts';
import { alreadyRegistered, checkRegistration, insertPathway, registrationRow, type CheckedRegistration } from '../mutations/register-pathway.ts';
import { requireEnrolledIn } from '../peers/enrolment.ts';

export const PATHWAY_COLUMNS = ['studentId', 'birthDate', 'agreementId', 'cohort', 'registeredOn'] as const;

interface BatchFacts {
  stored: Map<string, PathwayRow>;
  schools: EnrolmentAnswers;
}

const facts = new WeakMap<Context, BatchFacts>();

function inputOf(record: CsvRecord) {
  const birthDate = record.birthDate?.trim() ?? '';
  return {
    studentId: requiredText(record, 'studentId'),
    birthDate: birthDate === '' ? null : birthDate,
    agreementId: requiredText(record, 'agreementId'),
    cohort: requiredText(record, 'cohort'),
    registeredOn: requiredText(record, 'registeredOn'),
  };
}

/** The stored registration says what the row says (a row without a birth date leaves it to the school). */
const sameRegistration = (stored: PathwayRow, { input }: CheckedRegistration) =>
  stored.agreementId === input.agreementId && stored.cohort === input.cohort && stored.registeredOn === input.registeredOn && (input.birthDate === null || stored.birthDate === input.birthDate);

/** One read of the batch's stored registrations and agreements, and one lookup (per 200 learners) for the new ones. */
async function prefetch(ctx: Context, records: readonly CsvRecord[]): Promise<void> {
  const ids = records.map((r) => r.studentId?.trim()).filter(Boolean);
  const stored = new Map((ids.length ? await ctx.db.manager.findBy(PathwayEntity, { studentId: In(ids) }) : []).map((p) => [p.studentId, p] as const));
  const agreementIds = [...new Set(records.map((r) => r.agreementId?.trim()).filter(Boolean))];
  const programOf = new Map((agreementIds.length ? await ctx.db.manager.findBy(AgreementEntity, { id: In(agreementIds) }) : []).map((a) => [a.id, a.secondaryProgramCode] as const));
  const questions = records
    .filter((r) => !stored.has(r.studentId?.trim()) && programOf.has(r.agreementId?.trim()))
    .map((r) => ({ studentId: r.studentId.trim(), programCode: programOf.get(r.agreementId.trim())! }));
  facts.set(ctx, { stored, schools: await EnrolmentAnswers.ask(ctx.peers, questions) });
}

async function check(ctx: Context, record: CsvRecord, organizationId: string) {
  const checked = await checkRegistration(ctx, inputOf(record), organizationId);
  const batch = facts.get(ctx);
  if (!batch) throw new Error('the batch was not prefetched');
  const stored = batch.stored.get(checked.input.studentId);
  if (stored) {
    if (!sameRegistration(stored, checked)) throw onColumn(alreadyRegistered(checked.input.studentId), 'studentId');
    return { value: stored, unchanged: true };
  }
  const programCode = checked.agreement.secondaryProgramCode;
  const birthDate = requireEnrolledIn(checked.input.studentId, programCode, batch.schools.answer({ studentId: checked.input.studentId, programCode }));
  return { value: registrationRow(checked, birthDate), unchanged: false };
}

async function write(em: EntityManager, ctx: Context, row: PathwayRow): Promise<RowOutcome> {
  const stored = await em.findOneBy(PathwayEntity, { studentId: row.studentId });
  if (stored) {
    if (stored.agreementId !== row.agreementId || stored.cohort !== row.cohort || stored.registeredOn !== row.registeredOn) throw onColumn(alreadyRegistered(row.studentId), 'studentId');
    return 'unchanged';
  }
  await insertPathway(em, row);
  ctx.access.audit.record(row.studentId, 'RESULTS:import', IMPORTED);
  return 'written';
}

export const pathwayImport: ImportKind<Context, PathwayRow> = {
  name: 'pathways',
  columns: PATHWAY_COLUMNS,
  optional: ['birthDate'],
  asksPeers: true,
  prefetch,
  check,
  write,
};

/**
 * The registrations on the college's agreements, by learner. The stage is not
 * part of the registration input (progression moves it), so it is not exported.
 */
export const pathwayExport: ExportKind<Context> = {
  name: 'pathways',
  columns: PATHWAY_COLUMNS,
  async page(ctx, organizationId, afterKey, limit) {
    const agreements = (await ctx.db.getRepository(AgreementEntity).findBy({ collegeId: organizationId })).map((a) => a.id);
    if (agreements.length === 0) return [];
    const query = ctx.db.getRepository(PathwayEntity).createQueryBuilder('p').where('p.agreement_id IN (:...agreements)', { agreements });
    if (afterKey) query.andWhere('p.student_id > :after', { after: afterKey });
    const rows = await query.orderBy('p.student_id', 'ASC').take(limit).getMany();
    for (const row of rows) ctx.access.audit.record(row.studentId, 'RESULTS:export', EXPORTED);
    return rows.map((p) => ({
      key: p.studentId,
      record: { studentId: p.studentId, birthDate: p.birthDate ?? '', agreementId: p.agreementId, cohort: p.cohort, registeredOn: p.registeredOn },
    }));
  },
};
