import type { StudentResolvers } from '../generated/resolvers.ts';
import { secondaryStageCredential } from '../credentials/stage-credential.ts';
import { readable } from './student-access.ts';

/** The learner's verifiable records kept by the school: part RESULTS, decided and audited like secondaryStage. */
export const credentialFields: Pick<StudentResolvers, 'secondaryStageCredential'> = {
  async secondaryStageCredential(student, _args, ctx) {
    const enrollment = await readable(student, ctx, 'RESULTS', 'secondaryStageCredential');
    return enrollment && secondaryStageCredential(ctx, enrollment);
  },
};
