/**
 * completeSecondaryStage: the school records the end of a learner's secondary
 * stage when the college reports their progression. Each institution signs
 * only for itself: the college never writes the school's records, and the
 * school takes the date from the college's own record of the progression (the
 * day the learner's higher stage began), asked through the gateway as the
 * caller, never from the caller's word. Idempotent: reporting again changes nothing.
 */
import { IsNull } from 'typeorm';
import { writeTransaction } from '@guantong/shared/database';
import { conflict, forbidden, notFound } from '@guantong/shared/errors';
import { requireData } from '@guantong/shared/peer-lookups';
import { studentScope } from '@guantong/shared/policy';
import { requireLearnerId } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { EnrollmentEntity, type EnrollmentRow } from '../entities/enrollment.ts';

interface ProgressionRecord {
  pathway: { stage: string } | null;
  higherStage: { enrolledOn: string; institution: { id: string } } | null;
}

/** The college's record, as the caller may read it; refuses unless the learner progressed there. */
async function progressedOn(ctx: Context, studentId: string): Promise<{ on: string; collegeId: string }> {
  const data = requireData(await ctx.peers.ask('progressionRecord', { studentId }), `learner ${studentId}'s progression`);
  const record = data.student as ProgressionRecord | null;
  // The college answers null only for a learner on no registry (it refuses, rather, one the caller may not read).
  if (!record) throw notFound(`learner ${studentId} is not on the pathway registry, so no college has recorded their progression`);
  if (!record.higherStage || record.pathway?.stage === 'SECONDARY') {
    throw conflict(`the college has not recorded learner ${studentId}'s progression, so their secondary stage stays open`);
  }
  return { on: record.higherStage.enrolledOn, collegeId: record.higherStage.institution.id };
}

/** Only staff of the college the learner progressed to, or an admin, report it. */
function requireReporter(ctx: Context, collegeId: string): void {
  const { actor } = ctx;
  const allowed = actor.kind === 'user' && (actor.role === 'ADMIN' || (actor.role === 'COLLEGE_STAFF' && actor.orgId === collegeId));
  if (!allowed) throw forbidden('only COLLEGE_STAFF of the college the learner progressed to, or an administrator, may report a progression');
}

export async function completeSecondaryStage(ctx: Context, rawStudentId: string): Promise<EnrollmentRow> {
  studentScope(ctx.actor);
  const studentId = requireLearnerId(rawStudentId);
  const { on, collegeId } = await progressedOn(ctx, studentId);
  requireReporter(ctx, collegeId);
  return writeTransaction(ctx.db, async (em) => {
    const enrollment = await em.findOneBy(EnrollmentEntity, { studentId });
    if (!enrollment) throw notFound(`learner ${studentId} has no secondary stage on the hub`);
    if (enrollment.completedOn === on) return enrollment;
    if (enrollment.completedOn !== null) throw conflict(`learner ${studentId}'s secondary stage already ended on ${enrollment.completedOn}`);
    if (on < enrollment.enrolledOn) throw conflict(`the college's progression date ${on} is before the secondary stage began (${enrollment.enrolledOn})`);
    // Conditional on the stage being open: of two concurrent reports one writes, the other finds it done.
    await em.update(EnrollmentEntity, { studentId, completedOn: IsNull() }, { completedOn: on });
    return em.findOneByOrFail(EnrollmentEntity, { studentId });
  });
}
