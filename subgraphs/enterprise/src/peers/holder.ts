/**
 * Before an organisation awards a certificate, the school that enrolled the
 * learner confirms, through the gateway, that it did and that the holder name
 * to be printed is the learner's enrolled name.
 */
import { badInput, notFound } from '@guantong/shared/errors';
import { requireData, type PeerLookups } from '@guantong/shared/peer-lookups';

export interface HolderAnswer {
  enrolled: boolean;
  nameMatches: boolean | null;
}

export async function requireEnrolledHolder(peers: PeerLookups, studentId: string, holderName: string): Promise<void> {
  const reply = await peers.ask('enrolment', { studentId, name: holderName });
  requireHolder(studentId, requireData(reply, `learner ${studentId}'s enrolment`).enrolmentCheck as HolderAnswer);
}

/** The school's answer as the award's refusal, if it is one. */
export function requireHolder(studentId: string, answer: HolderAnswer): void {
  if (!answer.enrolled) {
    throw notFound(`learner ${studentId} was not enrolled by any secondary school on the hub; certificates are awarded to enrolled learners`);
  }
  if (!answer.nameMatches) {
    throw badInput(`holderName differs from the name learner ${studentId} was enrolled under; print the enrolled name exactly (spacing aside)`, { field: 'holderName' });
  }
}
