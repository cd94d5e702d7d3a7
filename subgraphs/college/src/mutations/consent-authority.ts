/**
 * Who may manage a learner's consent: the learner from 14 (PIPL's line for
 * sensitive personal information), or their guardian at any age. The age comes
 * from the birth date on the pathway registry; a learner whose birth date is
 * unknown is treated as under 14.
 */
import type { Actor } from '@guantong/shared/identity';
import { authorize, type Decision } from '@guantong/shared/policy';
import type { Grantor } from '../entities/consent-grant.ts';
import { todayInChina } from '@guantong/shared/clock';
import { wholeYears } from '../access/age.ts';

export function authorizeConsent(actor: Actor, studentId: string, birthDate: string | null): Extract<Decision, { allowed: true }> {
  const age = birthDate === null ? null : wholeYears(birthDate, todayInChina());
  return authorize(actor, { action: 'consent:manage', studentId, age });
}

/** Who made a grant, for the learner's history; call only after `authorizeConsent` allowed it. */
export const grantorOf = (actor: Actor): Grantor => (actor.kind === 'user' && actor.role === 'GUARDIAN' ? 'GUARDIAN' : 'STUDENT');
