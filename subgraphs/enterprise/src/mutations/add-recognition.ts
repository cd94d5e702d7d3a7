/**
 * addRecognition: the organisation issuing a standard declares that its
 * holders count as holders of another standard (and, when mutual, the reverse).
 */
import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { badInput, conflict } from '@guantong/shared/errors';
import { writeTransaction } from '@guantong/shared/database';
import { authorize } from '@guantong/shared/policy';
import { requireDate, requireText } from '@guantong/shared/validation';
import type { Context } from '../context.ts';
import { RecognitionEntity, type RecognitionRow } from '../entities/recognition.ts';
import { StandardEntity } from '../entities/standard.ts';
import type { AddRecognitionInput } from '../generated/resolvers.ts';
import { duplicates, type RecognitionView } from '../recognitions.ts';

const BASIS_MAX = 500;

type Proposal = Omit<RecognitionRow, 'id'>;

function validate(input: AddRecognitionInput): Proposal {
  if (input.fromCode === input.toCode) {
    throw badInput('a standard cannot be recognised as itself: fromCode and toCode must name different standards', { field: 'toCode' });
  }
  const effectiveFrom = requireDate(input.effectiveFrom, 'effectiveFrom');
  const effectiveTo = input.effectiveTo == null ? null : requireDate(input.effectiveTo, 'effectiveTo');
  if (effectiveTo !== null && effectiveTo < effectiveFrom) {
    throw badInput(`effectiveTo must be on or after effectiveFrom (${effectiveFrom}), or null for an open-ended agreement; got ${effectiveTo}`, { field: 'effectiveTo' });
  }
  return {
    fromCode: input.fromCode,
    toCode: input.toCode,
    mutual: input.mutual,
    effectiveFrom,
    effectiveTo,
    basis: requireText(input.basis, 'basis', BASIS_MAX),
  };
}

const unknownStandard = (field: 'fromCode' | 'toCode', code: string) =>
  badInput(`${field} "${code}" is not a certificate standard on the hub; see certificateStandards`, { field });

/** The issuer of `fromCode`, once both standards are known to exist. */
async function issuerOfProposal(ctx: Context, proposal: Proposal): Promise<string> {
  const [from, to] = await Promise.all([
    ctx.loaders.standardByCode.load(proposal.fromCode),
    ctx.loaders.standardByCode.load(proposal.toCode),
  ]);
  if (!from) throw unknownStandard('fromCode', proposal.fromCode);
  if (!to) throw unknownStandard('toCode', proposal.toCode);
  return from.issuerId;
}

/**
 * No unique key can express "overlapping dates", so the check runs inside the
 * transaction. SQLite runs write transactions one at a time (writeTransaction);
 * on MySQL/MariaDB the two standards' rows are locked first, so concurrent
 * agreements about the same pair queue behind each other and the later one
 * sees the earlier.
 */
async function insertUnlessDuplicate(em: EntityManager, proposal: Proposal): Promise<RecognitionRow> {
  const { fromCode, toCode } = proposal;
  if (em.connection.options.type === 'mysql') {
    await em.find(StandardEntity, { where: { code: In([fromCode, toCode]) }, lock: { mode: 'pessimistic_write' } });
  }
  const samePair = await em.find(RecognitionEntity, {
    where: [
      { fromCode, toCode },
      { fromCode: toCode, toCode: fromCode },
    ],
  });
  const existing = samePair.find((agreement) => duplicates(agreement, proposal));
  if (existing) {
    throw conflict(`agreement ${existing.id} already recognises ${existing.fromCode} as ${existing.toCode}${existing.mutual ? ' (mutually)' : ''} for overlapping dates; end it before adding another`);
  }
  const row: RecognitionRow = { id: `rec-${randomUUID()}`, ...proposal };
  await em.insert(RecognitionEntity, row);
  return row;
}

/** Validates, authorises against the issuer of `fromCode`, and writes in one transaction; a refusal writes nothing. */
export async function addRecognition(ctx: Context, input: AddRecognitionInput): Promise<RecognitionView> {
  const proposal = validate(input);
  const issuerId = await issuerOfProposal(ctx, proposal);
  authorize(ctx.actor, { action: 'org:write', organizationId: issuerId, staffRole: 'ENTERPRISE_STAFF' });
  const agreement = await writeTransaction(ctx.db, (em) => insertUnlessDuplicate(em, proposal));
  ctx.loaders.recognitionsByStandard.clear(agreement.fromCode).clear(agreement.toCode);
  ctx.loaders.recognitionGraphOn.clearAll();
  return { standardCode: agreement.fromCode, counterpartCode: agreement.toCode, agreement };
}
