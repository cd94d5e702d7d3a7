/**
 * What the college asks the enrolling school before registering a learner:
 * that the school enrolled them in the agreement's secondary programme, and
 * their birth date, read from the national ID the school holds.
 */
import { badInput, notFound } from '@guantong/shared/errors';
import { requireData, type PeerLookups } from '@guantong/shared/peer-lookups';

export interface EnrolmentAnswer {
  enrolled: boolean;
  inProgram: boolean | null;
  birthDate: string | null;
}

/** The learner's birth date, once the school confirms the enrolment; refuses otherwise. */
export async function confirmedBirthDate(peers: PeerLookups, studentId: string, programCode: string): Promise<string> {
  const reply = await peers.ask('enrolment', { studentId, programCode });
  return requireEnrolledIn(studentId, programCode, requireData(reply, `learner ${studentId}'s enrolment`).enrolmentCheck as EnrolmentAnswer);
}

/** The school's answer as the birth date, or as the registration's refusal. */
export function requireEnrolledIn(studentId: string, programCode: string, answer: EnrolmentAnswer): string {
  if (!answer.enrolled) {
    throw notFound(`learner ${studentId} was not enrolled by any secondary school on the hub; a school enrols them first (enrollSecondaryStudent)`);
  }
  if (!answer.inProgram) {
    throw badInput(`learner ${studentId} is not enrolled in ${programCode}, the agreement's secondary programme; register them on the agreement for their own programme`, { field: 'agreementId' });
  }
  if (!answer.birthDate) throw notFound(`the enrolling school did not confirm learner ${studentId}'s birth date`);
  return answer.birthDate;
}
