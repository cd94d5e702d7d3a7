/** The curriculum's root fields: catalogue queries, teachers, and the writes of each owner. */
import { badInput } from '@guantong/shared/errors';
import { pageInOrder, pageOf } from '@guantong/shared/paging';
import { authorize } from '@guantong/shared/policy';
import { flagTrainingSubsidy, recordPlacement, setCareerTarget } from '../careers/writes.ts';
import { addMember, castVote, createCommittee, decideProposal, propose } from '../committee/service.ts';
import { importFramework } from '../competencies/store.ts';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.ts';
import { mapCollegeCourse } from '../mapping/map-course.ts';
import { addTeacher, listTeachers, recordPractice } from '../teachers/service.ts';

export const curriculumQueries: QueryResolvers = {
  async competencyFrameworks(_parent, { agreementId, first, after }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    if (!(await ctx.loaders.agreementById.load(agreementId))) throw badInput(`agreementId "${agreementId}" is not an articulation agreement on this hub`, { field: 'agreementId' });
    const versions = await ctx.loaders.frameworksByAgreement.load(agreementId);
    return pageOf(versions, (f) => `${f.effectiveFrom}|${f.id}`, { first, after });
  },
  competencyFramework(_parent, { id }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.frameworkById.load(id);
  },
  async competencyItems(_parent, { ids, ...page }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    if (ids.length > 100) throw badInput(`ids may name at most 100 items, got ${ids.length}`, { field: 'ids' });
    const items = await ctx.loaders.itemById.loadMany(ids);
    return pageInOrder(items.flatMap((item) => (item && !(item instanceof Error) ? [item] : [])), page, 100);
  },
  curriculumCommittee(_parent, { id }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return ctx.loaders.committeeById.load(id);
  },
  async curriculumCommittees(_parent, { collegeId, first, after }, ctx) {
    authorize(ctx.actor, { action: 'catalog:read' });
    return pageOf(await ctx.loaders.committeesByCollege.load(collegeId), (c) => c.id, { first, after });
  },
  collegeTeachers: (_parent, args, ctx) => listTeachers(ctx, args),
};

export const curriculumMutations: MutationResolvers = {
  importCompetencyFramework: (_parent, { agreementId, document }, ctx) => importFramework(ctx, agreementId, document),
  mapCollegeCourse: (_parent, { input }, ctx) => mapCollegeCourse(ctx, input),
  recordPlacement: (_parent, { input }, ctx) => recordPlacement(ctx, input),
  setCareerTarget: (_parent, { studentId, jobPositionId }, ctx) => setCareerTarget(ctx, studentId, jobPositionId),
  flagTrainingSubsidy: (_parent, { input }, ctx) => flagTrainingSubsidy(ctx, input),
  createCurriculumCommittee: (_parent, { input }, ctx) => createCommittee(ctx, input),
  addCommitteeMember: (_parent, { input }, ctx) => addMember(ctx, input),
  proposeCourseChange: (_parent, { input }, ctx) => propose(ctx, input),
  castCommitteeVote: (_parent, { input }, ctx) => castVote(ctx, input),
  decideCommitteeProposal: (_parent, { proposalId, decidedOn }, ctx) => decideProposal(ctx, proposalId, decidedOn),
  addCollegeTeacher: (_parent, { input }, ctx) => addTeacher(ctx, input),
  recordCollegeTeacherPractice: (_parent, { input }, ctx) => recordPractice(ctx, input),
};
