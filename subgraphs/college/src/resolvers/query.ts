import { authorize, studentScope } from '@guantong/shared/policy';
import { requireLearnerId } from '@guantong/shared/validation';
import { authorizeStudentRead } from '../access.ts';
import { AgreementEntity } from '../entities/agreement.ts';
import { CollegeEntity } from '../entities/college.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { listStudents } from '../roster.ts';

export const Query: QueryResolvers = {
  async student(_parent, { id }, ctx) {
    requireLearnerId(id);
    // Anonymous callers learn nothing, not even whether an id is on the registry.
    studentScope(ctx.actor);
    if (!(await ctx.loaders.registryByStudent.load(id))) return null;
    await authorizeStudentRead(ctx, id);
    return { id };
  },

  students: (_parent, args, ctx) => listStudents(ctx, args),

  colleges(_parent, _args, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.db.getRepository(CollegeEntity).find({ order: { id: 'ASC' } });
  },

  articulationAgreements(_parent, _args, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.db.getRepository(AgreementEntity).find({ order: { id: 'ASC' } });
  },

  articulationAgreement(_parent, { id }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.agreementById.load(id);
  },
};
