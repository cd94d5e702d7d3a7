/**
 * Test harness: the college subgraph against a fresh, migrated database of one
 * kind, with the callers the stories are told about.
 */
import type { Actor, Role } from '@guantong/shared/identity';
import { openSubgraphHarness, type DatabaseKind, type Reply, type SubgraphHarness } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { collegeSubgraph } from '../definition.ts';

export const NET_LEARNER = learnerId(2022, 1); // Riverside → Metro, Network Technology, HIGHER
export const EC_LEARNER = learnerId(2022, 2); // Hillview → Metro, E-commerce, HIGHER
export const AUTO_LEARNER = learnerId(2022, 3); // Hillview → Metro, Automotive, HIGHER
export const SCHOOL_LEARNER = learnerId(2024, 1); // Riverside, still at the secondary stage
/** A well-formed learner id that is not on the registry. */
export const UNREGISTERED = learnerId(2026, 99999);

export const anonymous: Actor = { kind: 'anonymous' };
export const admin: Actor = { kind: 'user', subject: 'admin', role: 'ADMIN' };
export const staff = (role: Exclude<Role, 'STUDENT' | 'GUARDIAN' | 'ADMIN'>, orgId: string): Actor => ({ kind: 'user', subject: `${role}:${orgId}`, role, orgId });
export const learner = (studentId: string): Actor => ({ kind: 'user', subject: `student:${studentId}`, role: 'STUDENT', studentId });
export const guardian = (studentId: string): Actor => ({ kind: 'user', subject: `guardian:${studentId}`, role: 'GUARDIAN', studentId });
export const metro = staff('COLLEGE_STAFF', 'col-metro');
export const riverside = staff('SECONDARY_STAFF', 'sch-riverside');
export const hillview = staff('SECONDARY_STAFF', 'sch-hillview');
export const huadong = staff('ENTERPRISE_STAFF', 'org-huadong');
export const tianyi = staff('ENTERPRISE_STAFF', 'org-tianyi');

export type Outcome<T> = Reply<T>;

export interface College extends SubgraphHarness {
  /** Rows in a table, to prove that a refused write left nothing behind. */
  count(table: string): Promise<number>;
}

export async function openCollege(kind: DatabaseKind, options: { seed?: boolean } = {}): Promise<College> {
  const harness = await openSubgraphHarness(collegeSubgraph, kind, options);
  return {
    ...harness,
    async count(table) {
      const [row] = await harness.db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
      return Number(row.n);
    },
  };
}

/** The code of the first error, for assertions that read like the rule they check. */
export const codeOf = (outcome: Outcome<unknown>) => outcome.errors?.[0]?.extensions?.code;
export const fieldOf = (outcome: Outcome<unknown>) => outcome.errors?.[0]?.extensions?.field;
