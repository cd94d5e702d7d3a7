/**
 * The demo's recognition agreements as the two-party model stores them: each
 * row, with a PROPOSED event by the proposing issuer and, once agreed, an
 * ACCEPTED event by the other, so the demo's history reads like a real one.
 */
import type { catalog } from '@guantong/shared/demo';
import type { RecognitionEventRow } from '../entities/recognition-event.ts';
import type { RecognitionRow } from '../entities/recognition.ts';

/** The member of staff the demo credits with an organisation's word. */
const demoStaff = (organizationId: string) => `demo:staff@${organizationId}`;

/**
 * Rows and history for `agreements`; `issuerOf` maps each standard code to its
 * issuer. A demo agreement whose proposer issues neither standard is a bug in
 * the demo data, and fails the seed.
 */
export function demoAgreements(agreements: readonly catalog.Recognition[], issuerOf: ReadonlyMap<string, string>) {
  const rows: RecognitionRow[] = [];
  const events: Omit<RecognitionEventRow, 'id'>[] = [];
  for (const { proposedBy, proposedAt, agreedAt, ...terms } of agreements) {
    const [fromIssuer, toIssuer] = [issuerOf.get(terms.fromCode), issuerOf.get(terms.toCode)];
    if (proposedBy !== fromIssuer && proposedBy !== toIssuer) throw new Error(`demo agreement ${terms.id}: ${proposedBy} issues neither standard`);
    const counterpartOrgId = (proposedBy === fromIssuer ? toIssuer : fromIssuer) ?? '';
    rows.push({ ...terms, status: agreedAt ? 'AGREED' : 'PROPOSED', proposerOrgId: proposedBy, counterpartOrgId, agreedAt });
    const step = { agreementId: terms.id, effectiveTo: null, reason: null };
    events.push({ ...step, kind: 'PROPOSED', at: proposedAt, actorSubject: demoStaff(proposedBy), organizationId: proposedBy });
    if (agreedAt) events.push({ ...step, kind: 'ACCEPTED', at: agreedAt, actorSubject: demoStaff(counterpartOrgId), organizationId: counterpartOrgId });
  }
  return { rows, events };
}
