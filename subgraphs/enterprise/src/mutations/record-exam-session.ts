/**
 * recordExamSession: an issuer reports a sitting of a standard's formal exam,
 * with how many candidates sat and passed. Counts only: the issuing report's
 * pass rate rests on them, and no learner is named.
 */
import { randomUUID } from 'node:crypto';
import { nowInstant, todayInChina } from '@guantong/shared/clock';
import { writeTransaction } from '@guantong/shared/database';
import { badInput } from '@guantong/shared/errors';
import { authorize } from '@guantong/shared/policy';
import { requireDate } from '@guantong/shared/validation';
import { requireAccreditedFor } from '../accreditation/award-check.ts';
import type { Context } from '../context.ts';
import { ExamSessionEntity, type ExamSessionRow } from '../entities/exam-session.ts';
import type { RecordExamSessionInput } from '../generated/resolvers.ts';

/** The most candidates one session may report. */
export const MAX_CANDIDATES = 100_000;

function requireCounts(candidates: number, passed: number): void {
  if (!Number.isInteger(candidates) || candidates < 1 || candidates > MAX_CANDIDATES) {
    throw badInput(`candidates must be a whole number from 1 to ${MAX_CANDIDATES}, got ${candidates}`, { field: 'candidates' });
  }
  if (!Number.isInteger(passed) || passed < 0 || passed > candidates) {
    throw badInput(`passed must be a whole number from 0 to candidates (${candidates}), got ${passed}`, { field: 'passed' });
  }
}

export async function recordExamSession(ctx: Context, input: RecordExamSessionInput): Promise<ExamSessionRow> {
  const standard = await ctx.loaders.standardByCode.load(input.standardCode);
  if (!standard) throw badInput(`standardCode "${input.standardCode}" is not a certificate standard on the hub; see certificateStandards`, { field: 'standardCode' });
  authorize(ctx.actor, { action: 'org:write', organizationId: standard.issuerId, staffRole: 'ENTERPRISE_STAFF' });
  const heldOn = requireDate(input.heldOn, 'heldOn');
  const today = todayInChina();
  if (heldOn > today) throw badInput(`heldOn must not be in the future: got ${heldOn}, today is ${today} (China Standard Time)`, { field: 'heldOn' });
  requireCounts(input.candidates, input.passed);
  const dated = { act: 'hold an exam session of', field: 'heldOn', day: heldOn };
  await requireAccreditedFor(ctx, standard, dated);
  const row: ExamSessionRow = {
    id: `exs-${randomUUID()}`,
    standardCode: standard.code,
    heldOn,
    candidates: input.candidates,
    passed: input.passed,
    recordedAt: nowInstant(),
    recordedBy: ctx.actor.kind === 'user' ? ctx.actor.subject : 'anonymous',
  };
  await writeTransaction(ctx.db, async (em) => {
    await requireAccreditedFor(ctx, standard, dated, em);
    await em.insert(ExamSessionEntity, row);
  });
  return row;
}
