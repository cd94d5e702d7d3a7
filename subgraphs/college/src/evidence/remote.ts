/**
 * Fetches a learner's evidence from the institutions that own it, for
 * `progressStudent`: a mutation cannot use `@requires`, so the college asks
 * through the gateway, under the delegation the gateway issued with the
 * caller's request. The owning subgraphs authorise (and audit) the read as the
 * caller's own; the college holds no key that could make it anyone else's.
 */
import { requireData, type PeerLookups } from '@guantong/shared/peer-lookups';
import { toEvidence, type Evidence, type EvidenceNeeds, type RawEvidence } from './evidence.ts';

async function ask(peers: PeerLookups, lookup: 'resultsEvidence' | 'certificateEvidence', studentId: string): Promise<RawEvidence> {
  const data = requireData(await peers.ask(lookup, { studentId }), "the learner's progression evidence");
  return (data.student as RawEvidence | null) ?? {};
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
