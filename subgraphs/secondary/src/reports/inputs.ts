/**
 * What a learning report needs from other institutions, asked through the
 * gateway under the caller's delegation before the assessment's transaction:
 * the framework's items with the learner's course and certificate evidence as
 * of the assessment's day, and the target job's competency requirements.
 * Module evidence is not taken from the answer: this school holds the module
 * assessments and recomputes it, before and after the new one.
 */
import type { Evidence, EvidenceKind, FrameworkItem, GrowthStage, RequirementFact } from '@guantong/shared/growth/index';
import { requireData, type PeerLookups } from '@guantong/shared/peer-lookups';

export interface TargetJob { id: string; title: string; requirements: RequirementFact[] }

export interface PeerInputs {
  /** The framework version's items in force on the day; empty when the learner has none. */
  items: FrameworkItem[];
  /** Course-result and certificate evidence, dated on or before the day. */
  otherEvidence: Evidence[];
  job: TargetJob | null;
}

interface EvidenceNode { kind: EvidenceKind; source: string; issuerId: string; stage: GrowthStage | null; on: string; score: number | null; value: number; weight: number }
interface Answer {
  student: {
    competencyProfile: { items: { nodes: { item: FrameworkItem; evidence: EvidenceNode[] }[] } } | null;
    careerTarget: { jobPosition: { id: string; title: string; requirements: { nodes: { kind: string; essential: boolean; competency: { id: string } | null }[] } } } | null;
  } | null;
}

/** The answer as report inputs; a learner unknown to the college has no framework and no target. */
export function peerInputsOf(answer: Answer): PeerInputs {
  const nodes = answer.student?.competencyProfile?.items.nodes ?? [];
  const job = answer.student?.careerTarget?.jobPosition ?? null;
  return {
    items: nodes.map(({ item }) => ({ id: item.id, code: item.code, kind: item.kind, level: item.level })),
    otherEvidence: nodes.flatMap(({ item, evidence }) => evidence.filter((e) => e.kind !== 'MODULE_ASSESSMENT').map((e) => ({ ...e, itemId: item.id }))),
    job: job && {
      id: job.id, title: job.title,
      requirements: job.requirements.nodes.flatMap((r) => (r.kind === 'COMPETENCY' && r.competency ? [{ itemId: r.competency.id, essential: r.essential }] : [])),
    },
  };
}

/** Asks the college (and, through it, the enterprise) for the report's inputs; refused or unanswered, nothing is recorded. */
export async function askPeerInputs(peers: PeerLookups, studentId: string, on: string): Promise<PeerInputs> {
  const reply = await peers.ask('learningReportInputs', { studentId, on });
  return peerInputsOf(requireData(reply, `learner ${studentId}'s competency profile for the learning report`) as unknown as Answer);
}
