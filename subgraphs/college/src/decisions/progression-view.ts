/**
 * `Student.progression` by stage. Only a learner at the SECONDARY stage is
 * assessed, on today's evidence; a learner who progressed gets the recorded
 * decision as decided (later revocations show as reviews, never as "not
 * eligible" for a progression already made); a withdrawn learner is not assessed.
 */
import type { PathwayRow } from '../entities/pathway.ts';
import type { Assessment } from '../progression/evaluate.ts';
import type { DecisionView } from './view.ts';

export type ProgressionState = 'ASSESSED' | 'DECIDED' | 'PROGRESSED_UNRECORDED' | 'WITHDRAWN';

export interface ProgressionView extends Assessment {
  state: ProgressionState;
  decision: DecisionView | null;
  explanation: string;
  /** The day the checks were judged on. */
  asOf: string;
}

/** The live assessment of a learner at the SECONDARY stage. */
export function assessed(assessment: Assessment, asOf: string): ProgressionView {
  const explanation = assessment.eligible
    ? `On ${asOf} the learner meets every progression requirement of the agreement.`
    : `On ${asOf} the learner does not yet meet ${assessment.unmet.length} of the agreement's ${assessment.checks.length} progression requirements.`;
  return { ...assessment, state: 'ASSESSED', decision: null, explanation, asOf };
}

/** A learner past the SECONDARY stage: what was recorded, never a new verdict. */
export function past(pathway: PathwayRow, decision: DecisionView | null): ProgressionView {
  const base = { agreementId: pathway.agreementId, checks: [], unmet: [], asOf: decision?.row.decidedOn ?? '' };
  if (pathway.stage === 'WITHDRAWN') {
    return { ...base, eligible: false, state: 'WITHDRAWN', decision, explanation: 'The learner withdrew from the pathway, so progression is no longer assessed.' };
  }
  if (decision) {
    const { decidedOn, requirementsVersion } = decision.row;
    const explanation = `The learner progressed on ${decidedOn}, having met version ${requirementsVersion} of the agreement's requirements; the decision is shown as it was recorded.`;
    return { ...base, eligible: true, state: 'DECIDED', decision, explanation };
  }
  return {
    ...base, eligible: true, state: 'PROGRESSED_UNRECORDED', decision: null,
    explanation: `The learner is at the ${pathway.stage} stage: they progressed before the hub recorded progression decisions, so there is no record of the basis to show.`,
  };
}
