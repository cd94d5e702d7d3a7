import { EntitySchema } from 'typeorm';

/**
 * Where an agreement stands. PROPOSED: one issuer has given its word and waits
 * for the other. AGREED: both have. DECLINED: the counterpart said no.
 * WITHDRAWN: a party took its word back (a proposal before acceptance, or an
 * agreement from an end date on).
 */
export type RecognitionStatus = 'PROPOSED' | 'AGREED' | 'DECLINED' | 'WITHDRAWN';

/**
 * A recognition agreement between the issuers of two standards: holders of
 * `fromCode` count as holders of `toCode`, and, when `mutual`, the other way
 * round too. It counts only once both issuers agreed (`agreedAt`), and only
 * between its dates. Agreed agreements are public catalogue data; pending,
 * declined and withdrawn proposals are the two parties' business.
 */
export interface RecognitionRow {
  /** e.g. rec-icv-huadong; new agreements get rec- and a random UUID. */
  id: string;
  fromCode: string;
  toCode: string;
  mutual: boolean;
  /** ISO date the agreement takes effect. */
  effectiveFrom: string;
  /** ISO date it ends (inclusive), or null when open-ended. A withdrawal sets or brings it forward. */
  effectiveTo: string | null;
  basis: string;
  status: RecognitionStatus;
  /** The organisation that proposed it: the issuer of one of the two standards. */
  proposerOrgId: string;
  /** The organisation whose acceptance it needs: the issuer of the other standard. */
  counterpartOrgId: string;
  /** ISO instant both parties had agreed, or null while it never was. */
  agreedAt: string | null;
}

export const RecognitionEntity = new EntitySchema<RecognitionRow>({
  name: 'Recognition',
  tableName: 'recognition_agreement',
  columns: {
    id: { type: 'varchar', length: 64, primary: true },
    fromCode: { name: 'from_code', type: 'varchar', length: 32 },
    toCode: { name: 'to_code', type: 'varchar', length: 32 },
    mutual: { type: 'boolean' },
    effectiveFrom: { name: 'effective_from', type: 'varchar', length: 10 },
    effectiveTo: { name: 'effective_to', type: 'varchar', length: 10, nullable: true },
    basis: { type: 'varchar', length: 500 },
    status: { type: 'varchar', length: 16 },
    proposerOrgId: { name: 'proposer_org_id', type: 'varchar', length: 64 },
    counterpartOrgId: { name: 'counterpart_org_id', type: 'varchar', length: 64 },
    agreedAt: { name: 'agreed_at', type: 'varchar', length: 24, nullable: true },
  },
  // A standard's recognitions are looked up by either end; an organisation's agreements by either party.
  indices: [
    { name: 'idx_recognition_from', columns: ['fromCode'] },
    { name: 'idx_recognition_to', columns: ['toCode'] },
    { name: 'idx_recognition_proposer', columns: ['proposerOrgId'] },
    { name: 'idx_recognition_counterpart', columns: ['counterpartOrgId'] },
  ],
});
