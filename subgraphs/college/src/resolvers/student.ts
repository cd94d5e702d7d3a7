import { pageInOrder } from '@guantong/shared/paging';
import { accessLogLoader } from '../access/log.ts';
import { activeGrants, pathwayOrganizationIds, readPart, readPrivate } from '../access/policy.ts';
import { toEvidence, type RawEvidence } from '../evidence/evidence.ts';
import type { StudentResolvers } from '../generated/resolvers.ts';
import { MAX_AUDIT_PAGE_SIZE, requirePageSize } from '../inputs/validation.ts';
import { articulationFields } from './student-articulation.ts';
import { toTranscriptEvidence, type RawTranscriptEvidence } from '../transcript/evidence.ts';
import { transcriptCredential } from '../transcript/resolve.ts';
import { careerFactsOf, type RawCareerFacts } from '../careers/facts.ts';
import { careerFields } from '../careers/student-fields.ts';
import { growthEvidenceOf, type RawGrowthFacts } from '../growth/facts.ts';
import { growthFields } from '../growth/student-fields.ts';

export const Student: StudentResolvers = {
  // Any learner id resolves, on the registry or not: other subgraphs' fields
  // @require pathwayOrganizationIds and activeGrants for every learner they hold.
  // Nothing is exposed here; each field below loads its data and asks the policy
  // itself. Nothing a caller claims about access (organisations, grants) is
  // believed. The evidence is kept: it is what the gateway fetched from the
  // owning subgraphs for `@requires` (subgraphs accept only gateway-signed
  // requests), and it is read only by the fields that require it, after the
  // policy has allowed the read.
  __resolveReference: (reference) => ({
    id: reference.id,
    evidence: toEvidence(reference as RawEvidence),
    transcript: toTranscriptEvidence(reference as RawTranscriptEvidence),
    career: careerFactsOf(reference as RawCareerFacts),
    growth: growthEvidenceOf(reference as RawGrowthFacts),
  }),

  // Pathway and higher stage are part of the learner's RESULTS.
  async pathway(ref, _args, ctx) {
    await readPart(ctx, ref, 'RESULTS', 'pathway');
    return (await ctx.loaders.registryByStudent.load(ref.id))?.pathway ?? null;
  },

  async higherStage(ref, _args, ctx) {
    await readPart(ctx, ref, 'RESULTS', 'higherStage');
    return ctx.loaders.higherByStudent.load(ref.id);
  },

  // @inaccessible: only the gateway can ask for these (to satisfy @requires), and
  // subgraphs accept only gateway-signed requests, so no check is needed. Both
  // are read from the database on every request: no grant outlives its revocation.
  pathwayOrganizationIds: ({ id }, _args, ctx) => pathwayOrganizationIds(ctx, id),
  activeGrants: ({ id }, _args, ctx) => activeGrants(ctx, id),

  async consents(ref, args, ctx) {
    readPrivate(ctx, ref, 'consents');
    return pageInOrder(await ctx.loaders.consentsByStudent.load(ref.id), args);
  },

  // Reading the log is itself recorded, and shows in the log from the next request.
  async accessLog(ref, { first, after }, ctx) {
    const limit = requirePageSize(first ?? 100, MAX_AUDIT_PAGE_SIZE);
    readPrivate(ctx, ref, 'accessLog');
    return accessLogLoader(ctx, limit, after ?? null).load(ref.id);
  },

  ...articulationFields,

  // Parts RESULTS and CERTIFICATES, each part signed by its owner (transcript/resolve.ts).
  transcriptCredential: (ref, _args, ctx) => transcriptCredential(ctx, ref),
  ...careerFields,
  ...growthFields,
};
