/**
 * Support for the recognition-agreement stories: the mutations as integrators
 * send them, and a two-party agreement made in one call (proposed by one
 * issuer, accepted by the other), for stories about what agreements count for.
 */
import { expect } from 'vitest';
import type { Actor } from '@guantong/shared/identity';
import type { Harness } from './harness.ts';

const AGREEMENT_FIELDS = /* GraphQL */ `
  id from { code } to { code } direction effectiveFrom effectiveTo basis status agreedAt
  proposedBy { id } counterpart { id }
  history { nodes { kind at actorSubject organization { id } effectiveTo reason } }
`;

export const PROPOSE = `mutation($input: ProposeRecognitionInput!) { proposeRecognition(input: $input) { ${AGREEMENT_FIELDS} } }`;
export const ACCEPT = `mutation($id: ID!) { acceptRecognition(id: $id) { ${AGREEMENT_FIELDS} } }`;
export const REJECT = `mutation($id: ID!, $reason: String!) { rejectRecognition(id: $id, reason: $reason) { ${AGREEMENT_FIELDS} } }`;
export const WITHDRAW = `mutation($id: ID!, $effectiveTo: Date!, $reason: String!) { withdrawRecognition(id: $id, effectiveTo: $effectiveTo, reason: $reason) { ${AGREEMENT_FIELDS} } }`;
export const AGREEMENT = `query($id: ID!) { recognitionAgreement(id: $id) { ${AGREEMENT_FIELDS} } }`;
export const AGREEMENTS = `query($org: ID!, $status: RecognitionStatus) { recognitionAgreements(organizationId: $org, status: $status) { nodes { ${AGREEMENT_FIELDS} } } }`;

export interface AgreementView {
  id: string;
  from: { code: string };
  to: { code: string };
  direction: 'ONE_WAY' | 'MUTUAL';
  effectiveFrom: string;
  effectiveTo: string | null;
  basis: string;
  status: 'PROPOSED' | 'AGREED' | 'DECLINED' | 'WITHDRAWN';
  agreedAt: string | null;
  proposedBy: { id: string };
  counterpart: { id: string };
  history: { nodes: { kind: string; at: string; actorSubject: string; organization: { id: string }; effectiveTo: string | null; reason: string | null }[] };
}

/** Terms of a proposal; ONE_WAY and open-ended unless told otherwise. */
export const terms = (overrides: Record<string, unknown>) => ({ direction: 'ONE_WAY', effectiveTo: null, basis: 'test agreement', ...overrides });

/** Proposes, expecting success, and returns the agreement as stored. */
export async function propose(hub: Harness, actor: Actor, input: Record<string, unknown>): Promise<AgreementView> {
  const { data, errors } = await hub.run<{ proposeRecognition: AgreementView }>(actor, PROPOSE, { input: terms(input) });
  expect(errors).toBeUndefined();
  return data!.proposeRecognition;
}

/** Accepts, expecting success. */
export async function accept(hub: Harness, actor: Actor, id: string): Promise<AgreementView> {
  const { data, errors } = await hub.run<{ acceptRecognition: AgreementView }>(actor, ACCEPT, { id });
  expect(errors).toBeUndefined();
  return data!.acceptRecognition;
}

/** An agreement both issuers gave their word to; returns its id. */
export async function agree(hub: Harness, proposer: Actor, acceptor: Actor, input: Record<string, unknown>): Promise<string> {
  const { id } = await propose(hub, proposer, input);
  await accept(hub, acceptor, id);
  return id;
}
