/**
 * What a demo token may claim: the rules `npm run token` and `POST /demo/token`
 * share. Pure: the caller signs what this accepts.
 */
import { ROLES, type Role } from '@guantong/shared/identity';
import { isValidLearnerId } from '@guantong/shared/validation';
import { organizationMismatch } from '@guantong/shared/organizations';
import type { ClientTokenClaims } from '@guantong/shared/identity';

/** A demo role a UI can offer with one click: its label, and the organisation or learner it acts for. */
export interface DemoRole {
  label: string;
  role: Role;
  org?: string;
  student?: string;
}

/** One per role, acting for the demo dataset's own organisations and learners. */
export const DEMO_ROLES: readonly DemoRole[] = [
  { label: 'Learner GT202200001X (higher stage, Network Technology)', role: 'STUDENT', student: 'GT202200001X' },
  { label: 'Guardian of learner GT202200001X', role: 'GUARDIAN', student: 'GT202200001X' },
  { label: 'Riverside Secondary Vocational School staff', role: 'SECONDARY_STAFF', org: 'sch-riverside' },
  { label: 'Metro Higher Vocational and Technical College staff', role: 'COLLEGE_STAFF', org: 'col-metro' },
  { label: 'Zhongxin Network Skills Evaluation Centre staff', role: 'ENTERPRISE_STAFF', org: 'org-zhongxin' },
  { label: 'Hub administrator', role: 'ADMIN' },
];

const ORG_ID = /^[a-z][a-z0-9-]{1,63}$/;

export type ClaimsResult = { ok: true; claims: ClientTokenClaims } | { ok: false; message: string };

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Checks a request for a demo token; the message says what is accepted. */
export function demoTokenClaims(input: unknown): ClaimsResult {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, message: 'send a JSON object such as {"role":"COLLEGE_STAFF","org":"col-metro"}' };
  }
  const { role, org, student, subject } = input as Record<string, unknown>;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    return { ok: false, message: `role must be one of ${ROLES.join(', ')}` };
  }
  const claims: ClientTokenClaims = { role: role as Role };
  if (role.endsWith('_STAFF')) {
    if (!text(org) || !ORG_ID.test(org as string)) return { ok: false, message: `org (an organisation id such as sch-riverside, col-metro, org-zhongxin) is required for ${role}` };
    const mismatch = organizationMismatch(role as Role, org as string);
    if (mismatch) return { ok: false, message: mismatch.replace('a token', 'the token').replace('its "org" claim', 'org') };
    claims.org = org as string;
  } else if (org !== undefined) {
    return { ok: false, message: `org applies to the staff roles only, not to ${role}` };
  }
  if (role === 'STUDENT' || role === 'GUARDIAN') {
    if (!text(student) || !isValidLearnerId(student as string)) return { ok: false, message: `student (a learner id such as GT202200001X) is required for ${role}` };
    claims.student = student as string;
  } else if (student !== undefined) {
    return { ok: false, message: `student applies to STUDENT and GUARDIAN only, not to ${role}` };
  }
  if (subject !== undefined) {
    if (!text(subject) || (subject as string).length > 100) return { ok: false, message: 'subject, when given, is a non-empty name of at most 100 characters' };
    claims.subject = subject as string;
  }
  return { ok: true, claims };
}
