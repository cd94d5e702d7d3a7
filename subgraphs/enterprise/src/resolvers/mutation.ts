import { addPrerequisite } from '../mutations/add-prerequisite.ts';
import { proposeRecognition } from '../mutations/propose-recognition.ts';
import { acceptRecognition, rejectRecognition, withdrawRecognition } from '../mutations/recognition-steps.ts';
import { awardCertificate } from '../mutations/award-certificate.ts';
import { revokeCertificate } from '../mutations/revoke-certificate.ts';
import type { MutationResolvers } from '../generated/resolvers.ts';
import { grantAccreditation, setAccreditationStatus } from '../mutations/accreditation.ts';
import { recordExamSession } from '../mutations/record-exam-session.ts';
import { curriculumMutations } from './curriculum.ts';

export const Mutation: MutationResolvers = {
  awardCertificate: (_parent, { input }, ctx) => awardCertificate(ctx, input),
  proposeRecognition: (_parent, { input }, ctx) => proposeRecognition(ctx, input),
  acceptRecognition: (_parent, { id }, ctx) => acceptRecognition(ctx, id),
  rejectRecognition: (_parent, { id, reason }, ctx) => rejectRecognition(ctx, id, reason),
  withdrawRecognition: (_parent, { id, effectiveTo, reason }, ctx) => withdrawRecognition(ctx, id, effectiveTo, reason),
  addPrerequisite: (_parent, { standardCode, requiresCode }, ctx) => addPrerequisite(ctx, standardCode, requiresCode),
  revokeCertificate: (_parent, { input }, ctx) => revokeCertificate(ctx, input),
  grantAccreditation: (_parent, { input }, ctx) => grantAccreditation(ctx, input),
  setAccreditationStatus: (_parent, { input }, ctx) => setAccreditationStatus(ctx, input),
  recordExamSession: (_parent, { input }, ctx) => recordExamSession(ctx, input),
  ...curriculumMutations,
};
