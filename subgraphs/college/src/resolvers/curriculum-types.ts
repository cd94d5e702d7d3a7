/** Small curriculum types: mapping rows, teachers and careers. */
import { isDualQualified } from '@guantong/shared/teachers/dual-qualified';
import { teacherFactsOf } from '@guantong/shared/teachers/store';
import type {
  CareerGapResolvers, CareerTargetResolvers, CollegeTeacherResolvers, CourseCompetencyMappingResolvers, CourseContentCoverageResolvers,
  MissingCertificateResolvers, MissingCompetencyResolvers, PlacementResolvers,
} from '../generated/resolvers.ts';
import { present } from './integrity.ts';

export const CourseCompetencyMapping: CourseCompetencyMappingResolvers = {
  item: async (row, _args, ctx) => present(await ctx.loaders.itemById.load(row.itemId), `competency item ${row.itemId}`),
};

export const CourseContentCoverage: CourseContentCoverageResolvers = {
  standard: (row) => ({ code: row.standardCode }),
};

export const CollegeTeacher: CollegeTeacherResolvers = {
  program: async (t, _args, ctx) => present(await ctx.loaders.programByCode.load(t.programCode), `programme ${t.programCode}`),
  qualifications: (t, _args, ctx) => ctx.loaders.qualificationsByTeacher.load(t.id),
  practice: (t, _args, ctx) => ctx.loaders.practiceByTeacher.load(t.id),
  async dualQualified(t, { year }, ctx) {
    const [qualifications, practice] = await Promise.all([ctx.loaders.qualificationsByTeacher.load(t.id), ctx.loaders.practiceByTeacher.load(t.id)]);
    return isDualQualified(ctx.loaders.dualQualifiedRule, teacherFactsOf(t, qualifications, practice), year);
  },
};

export const Placement: PlacementResolvers = {
  jobPosition: (p) => ({ id: p.jobPositionId }),
};

export const CareerTarget: CareerTargetResolvers = {
  jobPosition: (t) => ({ id: t.jobPositionId }),
};

export const CareerGap: CareerGapResolvers = {
  jobPosition: (g) => ({ id: g.jobPositionId }),
};

export const MissingCompetency: MissingCompetencyResolvers = {
  competency: async (m, _args, ctx) => present(await ctx.loaders.itemById.load(m.itemId), `competency item ${m.itemId}`),
  certificates: (m) => m.standardCodes.map((code) => ({ code })),
};

export const MissingCertificate: MissingCertificateResolvers = {
  certificate: (m) => ({ code: m.standardCode }),
};
