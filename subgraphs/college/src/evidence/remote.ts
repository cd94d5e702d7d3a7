/**
 * Fetches a learner's evidence from the institutions that own it, for
 * `progressStudent`: a mutation cannot use `@requires`, so the college asks
 * through the gateway, under the delegation the gateway issued with the
 * caller's request. The owning subgraphs authorise (and audit) the read as the
 * caller's own; the college holds no key that could make it anyone else's.
 */
import { requireData, type PeerLookups } from '@guantong/shared/peer-lookups';
import { toEvidence, type Evidence, type EvidenceNeeds, type RawEvidence } from './evidence.ts';

/** A learner as the public lookups answer it: the evidence lists are pages. */
interface PagedEvidence {
  certificates?: { nodes: NonNullable<RawEvidence['certificateFacts']> } | null;
  recognizedCertificates?: { nodes: NonNullable<RawEvidence['recognizedCertificateFacts']> } | null;
  secondaryStage?: { results: { nodes: NonNullable<RawEvidence['secondaryStage']>['resultFacts'] } } | null;
  moduleCredits?: number | null;
}

/** The lookups' pages in the shape `@requires` brings; a part the reply lacks stays absent. */
function unpaged(student: PagedEvidence): RawEvidence {
  const raw: RawEvidence = {};
  if ('certificates' in student) raw.certificateFacts = student.certificates?.nodes ?? null;
  if ('recognizedCertificates' in student) raw.recognizedCertificateFacts = student.recognizedCertificates?.nodes ?? null;
  if ('secondaryStage' in student) raw.secondaryStage = student.secondaryStage ? { resultFacts: student.secondaryStage.results.nodes } : null;
  if ('moduleCredits' in student) raw.moduleCredits = student.moduleCredits;
  return raw;
}

async function ask(peers: PeerLookups, lookup: 'resultsEvidence' | 'certificateEvidence', studentId: string): Promise<RawEvidence> {
  const data = requireData(await peers.ask(lookup, { studentId }), "the learner's progression evidence");
  const student = data.student as PagedEvidence | null;
  return student ? unpaged(student) : {};
}

export type EvidenceFetcher = (peers: PeerLookups, studentId: string, needs: EvidenceNeeds) => Promise<Evidence>;

/** Asks only for the evidence that is needed, results and certificates in parallel. */
export const remoteEvidence: EvidenceFetcher = async (peers, studentId, needs) => {
  const [secondary, enterprise] = await Promise.all([
    needs.results || needs.moduleCredits ? ask(peers, 'resultsEvidence', studentId) : {},
    needs.certificates || needs.recognized ? ask(peers, 'certificateEvidence', studentId) : {},
  ]);
  return toEvidence({ ...secondary, ...enterprise });
};
