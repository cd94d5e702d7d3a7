/**
 * The marketplace's fields on modules and learners. Module catalogue fields
 * are public; a learner's progress, reports and facts are part RESULTS.
 */
import { pageInOrder } from '@guantong/shared/paging';
import { authorize } from '@guantong/shared/policy';
import type { CertificateModuleResolvers, ModuleCompetencyResolvers, ModuleProgressResolvers, StudentResolvers } from '../generated/resolvers.ts';
import { requireRow } from '../resolvers/require-row.ts';
import { readable } from '../resolvers/student-access.ts';
import { today } from '../training/inputs.ts';
import { progressOf } from './progress.ts';

export const CertificateModule: CertificateModuleResolvers = {
  // The college refers to modules by code from its recommendations; the catalogue is public, as in certificateModules.
  __resolveReference(ref, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.moduleByCode.load(ref.code);
  },
  competencies: (module, _args, ctx) => ctx.loaders.competenciesByModule.load(module.code),
  async prerequisites(module, _args, ctx) {
    const rows = await ctx.loaders.prerequisitesByModule.load(module.code);
    const modules = await ctx.loaders.moduleByCode.loadMany(rows.map((r) => r.prerequisiteCode));
    return modules.map((m, i) => requireRow(m instanceof Error ? null : m, 'module', rows[i]!.prerequisiteCode));
  },
};

export const ModuleCompetency: ModuleCompetencyResolvers = {
  item: (row) => ({ id: row.itemId }),
};

export const ModuleProgress: ModuleProgressResolvers = {
  module: async (view, _args, ctx) => requireRow(await ctx.loaders.moduleByCode.load(view.moduleCode), 'module', view.moduleCode),
};

type MarketplaceFields = Pick<StudentResolvers, 'moduleProgress' | 'moduleFacts'>;

export const marketplaceFields: MarketplaceFields = {
  async moduleProgress(student, args, ctx) {
    if (!(await readable(student, ctx, 'RESULTS', 'moduleProgress'))) return null;
    const [enrolments, assessments] = await Promise.all([ctx.loaders.moduleEnrolmentsByStudent.load(student.id), ctx.loaders.assessmentsByStudent.load(student.id)]);
    const day = today();
    return pageInOrder(enrolments.map((e) => progressOf(e, assessments, day)), args);
  },
  async moduleFacts(student, _args, ctx) {
    if (!(await readable(student, ctx, 'RESULTS', 'moduleFacts'))) return null;
    const [catalogue, enrolments, assessments] = await Promise.all([
      ctx.loaders.catalogue(), ctx.loaders.moduleEnrolmentsByStudent.load(student.id), ctx.loaders.assessmentsByStudent.load(student.id),
    ]);
    return {
      modules: catalogue.modules.filter((m) => catalogue.competencies.has(m.code)).map((m) => ({
        ...m,
        prerequisiteCodes: catalogue.prerequisites.get(m.code) ?? [],
        competencies: (catalogue.competencies.get(m.code) ?? []).map(({ itemId, hours, targetLevel }) => ({ itemId, hours, targetLevel })),
      })),
      enrolments: enrolments.map(({ moduleCode, enrolledOn, startsOn }) => ({ moduleCode, enrolledOn, startsOn })),
      assessments: assessments.map(({ moduleCode, score, assessedOn }) => ({ moduleCode, score, assessedOn })),
    };
  },
};
