/** The growth types' own fields: pages of a profile, and the references to other subgraphs' entities. */
import { pageInOrder } from '@guantong/shared/paging';
import type { CompetencyProfileResolvers, CompetencyRadarResolvers, ModuleRecommendationResolvers } from '../generated/resolvers.ts';

export const CompetencyProfile: CompetencyProfileResolvers = {
  items: (profile, args) => pageInOrder(profile.attainments, args, 50),
};

export const CompetencyRadar: CompetencyRadarResolvers = {
  jobPosition: (radar) => (radar.jobPositionId === null ? null : { id: radar.jobPositionId }),
};

export const ModuleRecommendation: ModuleRecommendationResolvers = {
  module: (recommendation) => ({ code: recommendation.moduleCode }),
  unlocks: (recommendation) => recommendation.unlockCodes.map((code) => ({ code })),
};
