/**
 * The enrolments part of the secondary bundle: one row per learner, the
 * columns of EnrollSecondaryStudentInput plus the optional learner id the hub
 * issued (an export carries it, so a re-import keeps every id). The natural
 * key is the national ID, matched through its blind index.
 */
import type { EntityManager } from 'typeorm';
import { In, MoreThan } from 'typeorm';
import { badInput, conflict } from '@guantong/shared/errors';
import { authorize } from '@guantong/shared/policy';
import { requireLearnerId } from '@guantong/shared/validation';
import { numberIn, onColumn, requiredText, type CsvRecord, type ImportKind, type RowOutcome } from '@guantong/shared/bulk/kind';
import type { ExportKind } from '@guantong/shared/bulk/setup';
import type { Context } from '../context.ts';
import { EnrollmentEntity, type EnrollmentRow } from '../entities/enrollment.ts';
import { LearnerEntity } from '../entities/learner.ts';
import { alreadyEnrolled, insertEnrolment, requireProgramAtSchool, validateEnrolment, type Enrolment } from '../mutations/enroll-student.ts';
import { ensureCohortCounter } from '../mutations/learner-serials.ts';
import { EXPORTED, IMPORTED } from '@guantong/shared/bulk/audit';

const COLUMNS = ['studentId', 'name', 'nationalId', 'schoolId', 'programCode', 'cohort', 'enrolledOn'] as const;

interface EnrolmentRow {
  enrolment: Enrolment;
  studentId: string | undefined;
}


const sameEnrolment = (stored: EnrollmentRow | null | undefined, e: Enrolment) =>
  stored?.schoolId === e.schoolId && stored.programCode === e.programCode && stored.cohort === e.cohort && stored.enrolledOn === e.enrolledOn;

function givenId(record: CsvRecord, cohort: number): string | undefined {
  const text = record.studentId?.trim();
  if (!text) return undefined;
  const id = requireLearnerId(text);
  if (!id.startsWith(`GT${cohort}`)) throw badInput(`studentId ${id} is not a learner id of cohort ${cohort}; leave it empty to have one issued`, { field: 'studentId' });
  return id;
}

async function check(ctx: Context, record: CsvRecord, organizationId: string) {
  const enrolment = validateEnrolment({
    name: requiredText(record, 'name'), nationalId: requiredText(record, 'nationalId'), schoolId: requiredText(record, 'schoolId'),
    programCode: requiredText(record, 'programCode'), cohort: numberIn(record, 'cohort'), enrolledOn: requiredText(record, 'enrolledOn'),
  });
  if (enrolment.schoolId !== organizationId) throw badInput(`schoolId ${enrolment.schoolId} is not ${organizationId}; import only your own school's learners`, { field: 'schoolId' });
  authorize(ctx.actor, { action: 'org:write', organizationId: enrolment.schoolId, staffRole: 'SECONDARY_STAFF' });
  await requireProgramAtSchool(ctx, enrolment.schoolId, enrolment.programCode);
  const studentId = givenId(record, enrolment.cohort);
  const existing = await ctx.loaders.learnerByNationalIdIndex.load(ctx.loaders.nationalIds.index(enrolment.nationalId));
  if (existing) {
    const stored = await ctx.loaders.enrollmentByStudent.load(existing.id);
    const same = existing.name === enrolment.learner.name && sameEnrolment(stored, enrolment) && (studentId ?? existing.id) === existing.id;
    if (!same) throw onColumn(alreadyEnrolled(), 'nationalId');
    return { value: { enrolment, studentId: existing.id }, unchanged: true };
  }
  if (studentId && (await ctx.loaders.learnerById.load(studentId))) throw conflict(`studentId ${studentId} belongs to another learner; leave it empty to have one issued`);
  return { value: { enrolment, studentId }, unchanged: false };
}

async function write(em: EntityManager, ctx: Context, row: EnrolmentRow): Promise<RowOutcome> {
  const { enrolment } = row;
  const stored = await em.findOne(LearnerEntity, { select: { id: true }, where: { nationalIdIndex: ctx.loaders.nationalIds.index(enrolment.nationalId) } });
  if (stored) {
    if (!sameEnrolment(await em.findOneBy(EnrollmentEntity, { studentId: stored.id }), enrolment)) throw onColumn(alreadyEnrolled(), 'nationalId');
    return 'unchanged';
  }
  const written = await insertEnrolment(em, ctx.loaders.nationalIds, enrolment, row.studentId);
  ctx.access.audit.record(written.studentId, 'IDENTITY:import', IMPORTED);
  return 'written';
}

export const enrolmentImport: ImportKind<Context, EnrolmentRow> = {
  name: 'enrolments',
  columns: COLUMNS,
  optional: ['studentId'],
  check,
  // Each cohort's serial counter is created in a short transaction of its own (learner-serials.ts).
  prepare: async (ctx, rows) => {
    for (const cohort of new Set(rows.map((r) => r.enrolment.cohort))) await ensureCohortCounter(ctx.db, cohort);
  },
  write,
};

/** The school's enrolments by learner id, with full national IDs (the enrolling school may read them; each is audited). */
export const enrolmentExport: ExportKind<Context> = {
  name: 'enrolments',
  columns: COLUMNS,
  async page(ctx, organizationId, afterKey, limit) {
    const rows = await ctx.db.getRepository(EnrollmentEntity).find({
      where: { schoolId: organizationId, ...(afterKey ? { studentId: MoreThan(afterKey) } : {}) },
      order: { studentId: 'ASC' },
      take: limit,
    });
    const learners = await ctx.db.getRepository(LearnerEntity).find({ select: { id: true, name: true, nationalIdCipher: true }, where: { id: In(rows.map((r) => r.studentId)) } });
    const byId = new Map(learners.map((l) => [l.id, l] as const));
    return rows.map((row) => {
      const learner = byId.get(row.studentId)!;
      ctx.access.audit.record(row.studentId, 'IDENTITY:export', EXPORTED);
      return {
        key: row.studentId,
        record: {
          studentId: row.studentId, name: learner.name, nationalId: ctx.loaders.nationalIds.open(learner.nationalIdCipher, row.studentId),
          schoolId: row.schoolId, programCode: row.programCode, cohort: String(row.cohort), enrolledOn: row.enrolledOn,
        },
      };
    });
  },
};
