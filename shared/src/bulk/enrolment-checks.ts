/**
 * The school's word about the learners of a batch of import rows, asked in
 * one lookup per 500 learners (the `enrolmentChecks` lookup, under the job's
 * delegation) instead of once per row.
 */
import type { PeerLookups } from '../peer-lookups.ts';
import { requireData } from '../peer-lookups.ts';
import { isValidLearnerId } from '../validation.ts';

/** One learner to check, with a name or a secondary programme to compare. */
export interface EnrolmentQuestion {
  studentId: string;
  name?: string;
  programCode?: string;
}

export interface EnrolmentAnswer {
  enrolled: boolean;
  nameMatches: boolean | null;
  inProgram: boolean | null;
  birthDate: string | null;
}

/** Learners per lookup (enrolmentChecks takes 500): with their proofs (about 800 bytes each for 100,000 learners), well under the gateway's 1 MB body limit. */
const LOOKUP_CHUNK = 500;

const keyOf = (q: EnrolmentQuestion) => JSON.stringify([q.studentId, q.name ?? null, q.programCode ?? null]);

/** The answers to a batch's questions (or the refusal that stopped a lookup), by question. */
export class EnrolmentAnswers {
  private readonly answers = new Map<string, EnrolmentAnswer | Error>();

  /**
   * Asks the school about every question whose learner id is well-formed (a
   * malformed one would refuse the whole lookup; its row's own validation
   * reports it).
   */
  static async ask(peers: PeerLookups, questions: readonly EnrolmentQuestion[]): Promise<EnrolmentAnswers> {
    const found = new EnrolmentAnswers();
    const unique = [...new Map(questions.filter((q) => isValidLearnerId(q.studentId)).map((q) => [keyOf(q), q] as const)).values()];
    for (let i = 0; i < unique.length; i += LOOKUP_CHUNK) {
      const chunk = unique.slice(i, i + LOOKUP_CHUNK);
      try {
        const answers = requireData(await peers.ask('enrolmentChecks', { checks: chunk }), 'the learners’ enrolment').enrolmentChecks as EnrolmentAnswer[];
        chunk.forEach((q, j) => found.answers.set(keyOf(q), answers[j]));
      } catch (err) {
        for (const q of chunk) found.answers.set(keyOf(q), err as Error);
      }
    }
    return found;
  }

  /** The school's answer to `question`, or the refusal of its lookup. */
  answer(question: EnrolmentQuestion): EnrolmentAnswer {
    const answer = this.answers.get(keyOf(question));
    if (answer === undefined) throw new Error('the batch was not asked about this learner');
    if (answer instanceof Error) throw answer;
    return answer;
  }
}
