/**
 * Tier 3 of the three-tier evaluation: registering for the formal
 * certification exam, behind the preliminary-exam gate (seed 000 §4.2: at
 * least 80% unless the standard configures another threshold).
 */
import type { EntityManager } from 'typeorm';
import { badInput, conflict } from '@guantong/shared/errors';
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { requireLearnerId } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { ExamRegistrationEntity, type ExamRegistrationRow } from '../entities/exam-registration.ts';
import { PreliminaryExamEntity } from '../entities/preliminary-exam.ts';
import type { ExamRegistrationInput } from '../generated/resolvers.ts';
import { requireStandardCode, today } from '../training/inputs.ts';
import { bestPreliminaryScore, gateRefusal, heldOn } from '../training/rules.ts';
import { requireKnownStandard, type StandardHere } from '../training/standards.ts';
import { requireOwnLearner } from './own-learner.ts';

const alreadyRegistered = (standardCode: string) =>
  conflict(`the learner is already registered for the ${standardCode} formal exam; a learner registers once per standard`);

/** The gate is checked against the preliminary scores read inside the transaction, so a concurrent write cannot slip past it. */
async function registerIfGateOpen(em: EntityManager, row: ExamRegistrationRow, standard: StandardHere): Promise<ExamRegistrationRow> {
  const { studentId, standardCode } = row;
  if (await em.existsBy(ExamRegistrationEntity, { studentId, standardCode })) throw alreadyRegistered(standardCode);
  const best = bestPreliminaryScore(heldOn(await em.findBy(PreliminaryExamEntity, { studentId, standardCode }), row.registeredOn), standardCode);
  const refusal = gateRefusal(standardCode, best, standard.threshold);
  if (refusal) throw badInput(`registration refused: ${refusal}`, { field: 'studentId', bestPreliminaryScore: best, threshold: standard.threshold });
  await em.insert(ExamRegistrationEntity, row);
  return row;
}

/** Registers the learner today, in one transaction, or refuses and writes nothing. */
export async function registerForCertificationExam(ctx: Context, input: ExamRegistrationInput): Promise<ExamRegistrationRow> {
  const studentId = requireLearnerId(input.studentId);
  const standardCode = requireStandardCode(input.standardCode);
  const standard = await requireKnownStandard(ctx.loaders, standardCode);
  await requireOwnLearner(ctx, studentId);
  const row: ExamRegistrationRow = { studentId, standardCode, registeredOn: today() };
  try {
    const saved = await writeTransaction(ctx.db, (em) => registerIfGateOpen(em, row, standard));
    ctx.loaders.registrationsByStudent.clear(studentId);
    return saved;
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadyRegistered(standardCode);
    throw err;
  }
}
