/**
 * addPrerequisite: the organisation issuing a standard declares a rung below
 * it (e.g. Network Engineer, intermediate, requires Network Equipment Debugger,
 * entry). The ladder must stay a ladder: a rung that would make a standard
 * require itself, directly or through others, is refused.
 */
import type { EntityManager } from 'typeorm';
import { badInput, conflict } from '@guantong/shared/errors';
import { isUniqueViolation, writeTransaction } from '@guantong/shared/database';
import { authorize } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import { PrerequisiteEntity, type PrerequisiteRow } from '../entities/prerequisite.ts';
import { StandardEntity, type StandardRow } from '../entities/standard.ts';
import { requirementChain } from '../prerequisites/ladder.ts';

const duplicate = ({ standardCode, requiresCode }: PrerequisiteRow) =>
  conflict(`${standardCode} already requires ${requiresCode}; each prerequisite is recorded once`);

const unknownStandard = (field: 'standardCode' | 'requiresCode', code: string) =>
  badInput(`${field} "${code}" is not a certificate standard on the hub; see certificateStandards`, { field });

/**
 * A cycle can close through rungs added concurrently for other standards, so
 * the check reads the whole ladder inside the transaction. SQLite runs write
 * transactions one at a time (writeTransaction); on MySQL/MariaDB every
 * standard's row is locked first, in key order, so ladder edits queue behind
 * each other. They are rare catalogue edits; serialising them costs nothing.
 */
async function insertUnlessCyclic(em: EntityManager, rung: PrerequisiteRow): Promise<void> {
  if (em.connection.options.type === 'mysql') {
    await em.find(StandardEntity, { select: { code: true }, order: { code: 'ASC' }, lock: { mode: 'pessimistic_write' } });
  }
  const ladder = await em.find(PrerequisiteEntity);
  if (ladder.some((r) => r.standardCode === rung.standardCode && r.requiresCode === rung.requiresCode)) throw duplicate(rung);
  const chain = requirementChain(ladder, rung.requiresCode, rung.standardCode);
  if (chain) {
    throw badInput(
      `${rung.standardCode} cannot require ${rung.requiresCode}: ${chain.join(' requires ')} already, so the ladder would loop. ` +
        'A prerequisite must be a standard that does not itself require this one, directly or through others.',
      { field: 'requiresCode' },
    );
  }
  await em.insert(PrerequisiteEntity, rung);
}

/** Validates, authorises against the issuer of `standardCode`, and writes in one transaction; a refusal writes nothing. */
export async function addPrerequisite(ctx: Context, standardCode: string, requiresCode: string): Promise<StandardRow> {
  if (standardCode === requiresCode) {
    throw badInput('a standard cannot require itself: standardCode and requiresCode must name different standards', { field: 'requiresCode' });
  }
  const [standard, required] = await Promise.all([ctx.loaders.standardByCode.load(standardCode), ctx.loaders.standardByCode.load(requiresCode)]);
  if (!standard) throw unknownStandard('standardCode', standardCode);
  if (!required) throw unknownStandard('requiresCode', requiresCode);
  authorize(ctx.actor, { action: 'org:write', organizationId: standard.issuerId, staffRole: 'ENTERPRISE_STAFF' });
  const rung: PrerequisiteRow = { standardCode, requiresCode };
  try {
    await writeTransaction(ctx.db, (em) => insertUnlessCyclic(em, rung));
  } catch (err) {
    // Two identical rungs racing past the pre-check: the primary key decides.
    if (isUniqueViolation(err)) throw duplicate(rung);
    throw err;
  }
  ctx.loaders.prerequisitesByStandard.clear(standardCode);
  return standard;
}
