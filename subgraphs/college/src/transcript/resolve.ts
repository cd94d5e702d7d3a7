/**
 * `Student.transcriptCredential`: the college signs the learner's whole record
 * as a CLR 2.0 credential, holding the parts each institution signed. The
 * caller must be entitled to parts RESULTS and CERTIFICATES (both decided and
 * audited here); each part is also decided by the institution that owns it, and
 * a part it did not give refuses the transcript (transcript/parts.ts).
 */
import { nowInstant } from '@guantong/shared/clock';
import { clrCredential, derivedCredentialId, hashedIdentifier, signCredential, stageAchievementId, type Credential } from '@guantong/shared/credentials';
import { readPart, type StudentRef } from '../access/policy.ts';
import type { Context } from '../context.ts';
import { present } from '../resolvers/integrity.ts';
import { higherStageCredential, progressionDecisionCredential, type Signer } from './own-credentials.ts';
import { appliedRecognitions, transcriptCredentials } from './parts.ts';

/** The achievement id of the school's stage, as its own credential names it. */
function stageIdOf(credential: Credential | null): string | null {
  const achievement = (credential?.credentialSubject as { achievement?: { id?: unknown } } | undefined)?.achievement;
  return typeof achievement?.id === 'string' ? achievement.id : null;
}

export async function transcriptCredential(ctx: Context, ref: StudentRef): Promise<Credential | null> {
  await readPart(ctx, ref, 'RESULTS', 'transcriptCredential');
  await readPart(ctx, ref, 'CERTIFICATES', 'transcriptCredential');
  const [entry, higher, decision] = await Promise.all([
    ctx.loaders.registryByStudent.load(ref.id), ctx.loaders.higherByStudent.load(ref.id), ctx.loaders.decisionByStudent.load(ref.id),
  ]);
  if (!entry) return null;
  const agreement = present(await ctx.loaders.agreementById.load(entry.pathway.agreementId), `agreement ${entry.pathway.agreementId}`);
  const college = present(await ctx.loaders.collegeById.load(agreement.collegeId), `college ${agreement.collegeId}`);
  const issuers = ctx.loaders.issuers();
  const signer: Signer = { issuers, identity: await issuers.identity(college.id), college, issuedAt: nowInstant() };
  const evidence = ref.transcript;
  const [higherStage, progression] = await Promise.all([
    higher && higherStageCredential(ctx, signer, higher),
    decision && progressionDecisionCredential(ctx, signer, decision, ref.evidence?.certificates ?? null),
  ]);
  const secondaryStage = evidence?.secondaryStage ?? null;
  const credentials = transcriptCredentials({ learnerId: ref.id, secondaryStage, higherStage, progression, certificates: evidence?.certificates ?? null });
  const unsigned = clrCredential({
    id: derivedCredentialId(signer.identity.did, 'transcript', ref.id, signer.issuedAt),
    issuer: { did: signer.identity.did, name: college.name },
    issuedAt: signer.issuedAt,
    subject: hashedIdentifier(ref.id, issuers.salt(`transcript:${ref.id}`)),
    pathway: { agreementId: agreement.id, agreementName: agreement.name, stage: entry.pathway.stage, cohort: entry.pathway.cohort },
    credentials,
    recognitions: appliedRecognitions(evidence?.recognitions),
    stageAchievementIds: [stageIdOf(secondaryStage), higher && stageAchievementId('HIGHER', higher.programCode)].filter((id): id is string => !!id),
  });
  return signCredential(unsigned, signer.identity, { created: signer.issuedAt });
}
