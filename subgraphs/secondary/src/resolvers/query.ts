import { authorize } from '@guantong/shared/policy';
import { SchoolEntity } from '../entities/school.ts';
import { compareText } from '../loaders.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { studentByNationalId } from '../queries/student-by-national-id.ts';

/** Catalogue entry points (schools and programmes are public), and the staff lookup of a learner by national ID. */
export const Query: QueryResolvers = {
  async secondarySchools(_parent, _args, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const schools = (await ctx.db.getRepository(SchoolEntity).find()).sort((a, b) => compareText(a.id, b.id));
    for (const school of schools) ctx.loaders.schoolById.prime(school.id, school);
    return schools;
  },
  secondarySchool(_parent, { id }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.schoolById.load(id);
  },
  secondaryProgram(_parent, { code }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.programByCode.load(code);
  },
  studentByNationalId: (_parent, { nationalId }, ctx) => studentByNationalId(ctx, nationalId),
};
