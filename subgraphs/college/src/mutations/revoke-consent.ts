/**
 * revokeConsent: withdraws a grant at once. The next request, in any subgraph,
 * no longer sees it among the learner's active grants.
 */
import { IsNull } from 'typeorm';
import { findCurrent } from '@guantong/shared/current-read';
import { writeTransaction } from '@guantong/shared/database';
import { notFound } from '@guantong/shared/errors';
import { studentScope } from '@guantong/shared/policy';
import type { Context } from '../context.ts';
import { ConsentGrantEntity, type ConsentGrantRow } from '../entities/consent-grant.ts';
import { PathwayEntity } from '../entities/pathway.ts';
import { present } from '../resolvers/integrity.ts';
import { nowInstant } from '@guantong/shared/clock';
import { authorizeConsent } from './consent-authority.ts';

/**
 * Idempotent: revoking a revoked grant returns it unchanged, so a client may
 * retry safely. The UPDATE is conditional on the grant still being in force;
 * of two concurrent revocations the first instant stands, and both answer with
 * the grant as stored, read back (as committed now) inside the transaction.
 */
export async function revokeConsent(ctx: Context, id: string): Promise<ConsentGrantRow> {
  // Anonymous callers are asked to sign in (UNAUTHENTICATED) before anything is looked up.
  studentScope(ctx.actor);
  return writeTransaction(ctx.db, async (em) => {
    const grant = await em.findOneBy(ConsentGrantEntity, { id });
    if (!grant) throw notFound(`consent grant "${id}" does not exist; a learner's grants are listed in Student.consents`);
    const pathway = await em.findOneBy(PathwayEntity, { studentId: grant.studentId });
    authorizeConsent(ctx.actor, grant.studentId, pathway?.birthDate ?? null);
    if (grant.revokedAt === null) {
      // Releasing the active key lets an identical grant be made again later.
      await em.update(ConsentGrantEntity, { id, revokedAt: IsNull() }, { revokedAt: nowInstant(), activeKey: null });
    }
    return present(await findCurrent(em, ConsentGrantEntity, { id }), `consent grant ${id}`);
  });
}
