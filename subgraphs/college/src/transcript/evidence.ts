/**
 * The transcript's parts owned by other institutions, as the gateway brings
 * them with `@requires`: the school's signed stage, the learner's certificates
 * with their issuers' signed credentials, and the recognitions that apply.
 * Read only by `transcriptCredential`, after the policy has allowed the read.
 */
import type { Credential } from '@guantong/shared/credentials';
import type { CertificatePart, RawRecognition } from './parts.ts';

export interface TranscriptEvidence {
  /** Null when the school gave none to this caller. */
  secondaryStage: Credential | null;
  /** Null when the enterprise subgraph gave none to this caller. */
  certificates: CertificatePart[] | null;
  recognitions: RawRecognition[] | null;
}

/** The GraphQL shape, as `@requires` selects it. */
export interface RawTranscriptEvidence {
  secondaryStageCredential?: unknown;
  certificateFacts?: Array<{ serial: string; status: string; credential?: unknown }> | null;
  recognizedCertificateFacts?: RawRecognition[] | null;
}

const isObject = (value: unknown): value is Credential => !!value && typeof value === 'object' && !Array.isArray(value);

export function toTranscriptEvidence(raw: RawTranscriptEvidence): TranscriptEvidence {
  return {
    secondaryStage: isObject(raw.secondaryStageCredential) ? raw.secondaryStageCredential : null,
    certificates: raw.certificateFacts?.map((c) => ({ serial: c.serial, status: c.status === 'REVOKED' ? 'REVOKED' : 'VALID', credential: isObject(c.credential) ? c.credential : null })) ?? null,
    recognitions: raw.recognizedCertificateFacts ?? null,
  };
}
