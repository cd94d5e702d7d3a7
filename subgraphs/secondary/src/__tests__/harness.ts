/**
 * Test support for the secondary subgraph: a server over a fresh migrated
 * database of one kind, callers of every role, and row counts.
 */
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { ANONYMOUS, type Actor, type Role } from '@guantong/shared/identity';
import { openSubgraphHarness, type DatabaseKind, type Reply, type SubgraphHarness } from '@guantong/shared/testing';
import { mod11_2 } from '@guantong/shared/validation';
import { secondarySubgraph } from '../definition.ts';

export type { Reply };

export interface Harness extends SubgraphHarness {
  /** Rows in a table, to prove that a refused write left nothing behind. */
  count(target: EntityTarget<ObjectLiteral>): Promise<number>;
}

/** A server over a fresh database, seeded with the demo dataset unless told otherwise. */
export async function openHarness(kind: DatabaseKind, options: { seed?: boolean } = {}): Promise<Harness> {
  const harness = await openSubgraphHarness(secondarySubgraph, kind, options);
  return { ...harness, count: (target) => harness.db.dataSource.getRepository(target).count() };
}

const user = (role: Role, claims: { orgId?: string; studentId?: string } = {}): Actor => ({ kind: 'user', subject: `test:${role}`, role, ...claims });

/** Callers, named after who they are in the demo dataset. */
export const callers = {
  anonymous: ANONYMOUS,
  admin: user('ADMIN'),
  riverside: user('SECONDARY_STAFF', { orgId: 'sch-riverside' }),
  hillview: user('SECONDARY_STAFF', { orgId: 'sch-hillview' }),
  metroCollege: user('COLLEGE_STAFF', { orgId: 'col-metro' }),
  huadong: user('ENTERPRISE_STAFF', { orgId: 'org-huadong' }),
  learner: (studentId: string) => user('STUDENT', { studentId }),
};

/** Demo learners: serial 1 of 2022 studies Network Technology at Riverside, serial 2 E-commerce at Hillview. */
export const NET_LEARNER = 'GT202200001X';
export const EC_LEARNER = 'GT2022000028';

/** A valid GB 11643 number for a learner born on `birth` (YYYYMMDD). */
export function nationalIdFor(birth: string, sequence: number, region = '620102'): string {
  const body = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return body + mod11_2(body);
}
