/**
 * recordPlacement, setCareerTarget and flagTrainingSubsidy: parts RESULTS of a
 * learner's record, written by an institution of the learner's pathway (a
 * career target also by the learner). Each write appends its audit entry to
 * the trail before it commits, so the two stand or fall together.
 */
import { nowInstant, todayInChina } from '@guantong/shared/clock';
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { badInput, conflict, notFound } from '@guantong/shared/errors';
import { requireData } from '@guantong/shared/peer-lookups';
import { authorize, type Decision } from '@guantong/shared/policy';
import { requireDate, requireLearnerId, requireText } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { CareerTargetEntity, PlacementEntity, SubsidyEntity, type CareerTargetRow, type PlacementRow, type SubsidyRow } from '../entities/careers.ts';
import type { FlagTrainingSubsidyInput, RecordPlacementInput } from '../generated/resolvers.ts';
import { requireOrganizationId } from '../inputs/validation.ts';

const subject = (ctx: Context) => (ctx.actor.kind === 'user' ? ctx.actor.subject : 'anonymous');

/** Authorises a write about a learner on the registry; NOT_FOUND for a learner on none. */
async function authorizeWrite(ctx: Context, studentId: string, learnerMay: boolean): Promise<Extract<Decision, { allowed: true }>> {
  requireLearnerId(studentId);
  const entry = await ctx.loaders.registryByStudent.load(studentId);
  if (!entry) throw notFound(`learner ${studentId} is not on the pathway registry`);
  return authorize(ctx.actor, { action: 'student:write', studentId, organizationIds: entry.organizationIds, learnerMay });
}

async function requireJobPosition(ctx: Context, id: string): Promise<void> {
  const data = requireData(await ctx.peers.ask('jobPosition', { id }), 'the job position');
  if (!data.jobPosition) throw badInput(`jobPositionId "${id}" is not a job position of the enterprise catalogue; see jobPositions`, { field: 'jobPositionId' });
}

function requirePastOrToday(date: string, field: string): string {
  const today = todayInChina();
  if (requireDate(date, field) > today) throw badInput(`${field} ${date} is after today ${today}; record it once it has happened`, { field });
  return date;
}

function validatePlacement(input: RecordPlacementInput): Omit<PlacementRow, 'id' | 'recordedByOrganizationId' | 'recordedBy' | 'recordedAt'> {
  const startedOn = requirePastOrToday(input.startedOn, 'startedOn');
  const endedOn = input.endedOn == null ? null : requireDate(input.endedOn, 'endedOn');
  if (endedOn !== null && endedOn < startedOn) throw badInput(`endedOn ${endedOn} is before startedOn ${startedOn}`, { field: 'endedOn' });
  if ((input.outcome === 'ONGOING') !== (endedOn === null)) {
    throw badInput('an ONGOING placement has no endedOn; a COMPLETED, RETAINED or ENDED_EARLY one needs it', { field: 'endedOn' });
  }
  return {
    studentId: input.studentId, kind: input.kind, employerName: requireText(input.employerName, 'employerName'),
    employerId: input.employerId == null ? null : requireOrganizationId(input.employerId, 'employerId'),
    jobPositionId: input.jobPositionId, startedOn, endedOn, outcome: input.outcome,
  };
}

export async function recordPlacement(ctx: Context, input: RecordPlacementInput): Promise<PlacementRow> {
  const decision = await authorizeWrite(ctx, input.studentId, false);
  const fields = validatePlacement(input);
  await requireJobPosition(ctx, fields.jobPositionId);
  const row = { ...fields, recordedByOrganizationId: ctx.actor.kind === 'user' ? (ctx.actor.orgId ?? 'hub-admin') : 'anonymous', recordedBy: subject(ctx), recordedAt: nowInstant() };
  const id = await writeTransaction(ctx.db, async (em) => {
    const { identifiers } = await em.insert(PlacementEntity, row);
    ctx.access.audit.record(row.studentId, 'RESULTS:recordPlacement', decision);
    await ctx.access.audit.flush();
    return Number(identifiers[0].id);
  });
  ctx.loaders.placementsByStudent.clear(row.studentId);
  return { ...row, id };
}

export async function setCareerTarget(ctx: Context, studentId: string, jobPositionId: string): Promise<CareerTargetRow> {
  const decision = await authorizeWrite(ctx, studentId, true);
  await requireJobPosition(ctx, jobPositionId);
  const row: CareerTargetRow = { studentId, jobPositionId, setByRole: ctx.actor.kind === 'user' ? ctx.actor.role : 'ANONYMOUS', setBy: subject(ctx), setAt: nowInstant() };
  try {
    await writeTransaction(ctx.db, async (em) => {
      const { affected } = await em.update(CareerTargetEntity, { studentId }, row);
      if (!affected) await em.insert(CareerTargetEntity, row);
      ctx.access.audit.record(studentId, 'RESULTS:setCareerTarget', decision);
      await ctx.access.audit.flush();
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`another request set learner ${studentId}'s career target at the same time; read it and set it again if needed`);
    throw err;
  }
  ctx.loaders.careerTargetByStudent.clear(studentId);
  return row;
}

export async function flagTrainingSubsidy(ctx: Context, input: FlagTrainingSubsidyInput): Promise<SubsidyRow> {
  const decision = await authorizeWrite(ctx, input.studentId, false);
  const row: SubsidyRow = {
    studentId: input.studentId, scheme: requireText(input.scheme, 'scheme'), grantedOn: requirePastOrToday(input.grantedOn, 'grantedOn'),
    recordedByOrganizationId: ctx.actor.kind === 'user' ? (ctx.actor.orgId ?? 'hub-admin') : 'anonymous', recordedBy: subject(ctx), recordedAt: nowInstant(),
  };
  const duplicate = () => conflict(`learner ${row.studentId} is flagged for a training subsidy already`);
  try {
    await writeTransaction(ctx.db, async (em) => {
      if (await em.existsBy(SubsidyEntity, { studentId: row.studentId })) throw duplicate();
      await em.insert(SubsidyEntity, row);
      ctx.access.audit.record(row.studentId, 'RESULTS:flagTrainingSubsidy', decision);
      await ctx.access.audit.flush();
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate();
    throw err;
  }
  return row;
}
