import { pageInOrder, pageOf } from '@guantong/shared/paging';
import { authorize } from '@guantong/shared/policy';
import { SchoolEntity } from '../entities/school.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { studentByNationalId } from '../queries/student-by-national-id.ts';
import { enrolmentCheck } from '../queries/enrolment-check.ts';
import { requireStandardCode } from '../training/inputs.ts';
import { standardHere } from '../training/standards.ts';
import { curriculumQueries } from './curriculum.ts';

/**
 * Catalogue entry points (schools, programmes, certificate modules and exam
 * gates are public), and the staff lookup of a learner by national ID.
 */
export const Query: QueryResolvers = {
  async secondarySchools(_parent, args, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const schools = await ctx.db.getRepository(SchoolEntity).find();
    for (const school of schools) ctx.loaders.schoolById.prime(school.id, school);
    return pageOf(schools, (school) => school.id, args);
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
  enrolmentCheck: (_parent, { studentId, name, programCode }, ctx) => enrolmentCheck(ctx, studentId, name, programCode),
  async certificateModules(_parent, { standardCode, ...page }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return pageInOrder(await ctx.loaders.modulesByStandard.load(requireStandardCode(standardCode)), page, 50);
  },
  // The default threshold is answered only for a standard known here: for any
  // other code, null says that its exams are not handled by the secondary schools.
  async examGate(_parent, { standardCode }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    const standard = await standardHere(ctx.loaders, requireStandardCode(standardCode));
    return standard.known ? { standardCode: standard.code, preliminaryThreshold: standard.threshold } : null;
  },
  ...curriculumQueries,
};
