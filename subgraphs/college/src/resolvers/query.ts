import { pageInOrder, pageOf } from '@guantong/shared/paging';
import { authorize, refusal } from '@guantong/shared/policy';
import { requireLearnerId } from '@guantong/shared/validation';
import { decideRecord } from '../access/policy.ts';
import { auditTrail } from '../access/audit-trail.ts';
import { AgreementEntity } from '../entities/agreement.ts';
import { CollegeEntity } from '../entities/college.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { listStudents } from '../students/roster.ts';
import { openTransferReviews } from '../reviews/resolve.ts';
import { creditQueries } from './credit-query.ts';
import { curriculumQueries } from './curriculum-root.ts';

/** The audit trail's name for a root read of a learner's record. */
const RECORD_READ = 'RECORD:student';

export const Query: QueryResolvers = {
  async student(_parent, { id }, ctx) {
    requireLearnerId(id);
    // Anonymous callers learn nothing, not even whether an id is on the registry:
    // decideRecord refuses them without a lookup, and the attempt is recorded.
    if (ctx.actor.kind === 'user' && !(await ctx.loaders.registryByStudent.load(id))) return null;
    const decision = await decideRecord(ctx, id);
    // Admitted to the fields alone (an issuer, perhaps): nothing is read here,
    // and each field records its own decision, allowed or refused.
    if (decision === 'fields') return { id };
    ctx.access.audit.record(id, RECORD_READ, decision);
    if (!decision.allowed) throw refusal(decision);
    return { id };
  },

  students: (_parent, args, ctx) => listStudents(ctx, args),

  auditTrail: (_parent, args, ctx) => auditTrail(ctx, args),

  async college(_parent, { id }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const college = await ctx.loaders.collegeById.load(id);
    // MariaDB ignores trailing spaces when it compares; the id must match exactly.
    return college?.id === id ? college : null;
  },

  async colleges(_parent, args, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return pageOf(await ctx.db.getRepository(CollegeEntity).find(), (college) => college.id, args);
  },

  async articulationAgreements(_parent, args, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return pageOf(await ctx.db.getRepository(AgreementEntity).find(), (agreement) => agreement.id, args);
  },

  articulationAgreement(_parent, { id }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.agreementById.load(id);
  },

  openTransferReviews: async (_parent, { collegeId, ...page }, ctx) => pageInOrder(await openTransferReviews(ctx, collegeId), page),

  ...creditQueries,
  ...curriculumQueries,
};
