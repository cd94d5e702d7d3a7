import { addPrerequisite } from '../mutations/add-prerequisite.ts';
import { addRecognition } from '../mutations/add-recognition.ts';
import { awardCertificate } from '../mutations/award-certificate.ts';
import { revokeCertificate } from '../mutations/revoke-certificate.ts';
import type { MutationResolvers } from '../generated/resolvers.ts';

export const Mutation: MutationResolvers = {
  awardCertificate: (_parent, { input }, ctx) => awardCertificate(ctx, input),
  addRecognition: (_parent, { input }, ctx) => addRecognition(ctx, input),
  addPrerequisite: (_parent, { standardCode, requiresCode }, ctx) => addPrerequisite(ctx, standardCode, requiresCode),
  revokeCertificate: (_parent, { input }, ctx) => revokeCertificate(ctx, input),
};
