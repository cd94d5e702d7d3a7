/**
 * Test support for the secondary subgraph: a server over a fresh migrated
 * database of one kind, callers of every role, learner representations as the
 * gateway sends them, row counts, and the audit entries a request wrote.
 */
import { MoreThan, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { AuditEntryEntity, type AuditEntryRow } from '@guantong/shared/audit';
import { loadConfig } from '@guantong/shared/config';
import { ANONYMOUS, type Actor, type Role } from '@guantong/shared/identity';
import type { ActiveGrant } from '@guantong/shared/policy';
import { openSubgraphHarness, type DatabaseKind, type Reply, type SubgraphHarness } from '@guantong/shared/testing';
import { mod11_2 } from '@guantong/shared/validation';
import { secondarySubgraph } from '../definition.ts';

export type { Reply };

/** The configuration the shared harness seeds with: demo mode, demo PII keys. */
export const testConfig = loadConfig({});

export interface Harness extends SubgraphHarness {
  /** Rows in a table, to prove that a refused write left nothing behind. */
  count(target: EntityTarget<ObjectLiteral>): Promise<number>;
  /** Runs one operation and returns, with its reply, the audit entries it wrote (in write order). */
  runAudited<T = Record<string, unknown>>(actor: Actor, query: string, variables?: Record<string, unknown>): Promise<Reply<T> & { audit: AuditEntryRow[] }>;
}

/** A server over a fresh database, seeded with the demo dataset unless told otherwise. */
export async function openHarness(kind: DatabaseKind, options: { seed?: boolean } = {}): Promise<Harness> {
  const harness = await openSubgraphHarness(secondarySubgraph, kind, options);
  const entries = harness.audit.dataSource.getRepository(AuditEntryEntity);
  return {
    ...harness,
    count: (target) => harness.db.dataSource.getRepository(target).count(),
    async runAudited<T>(actor: Actor, query: string, variables?: Record<string, unknown>) {
      const mark = (await entries.maximum('id')) ?? 0;
      const reply = await harness.run<T>(actor, query, variables);
      return { ...reply, audit: await entries.find({ where: { id: MoreThan(mark) }, order: { id: 'ASC' } }) };
    },
  };
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
  guardian: (studentId: string) => user('GUARDIAN', { studentId }),
};

/** Demo learners: serial 1 of 2022 studies Network Technology at Riverside, serial 2 E-commerce at Hillview. */
export const NET_LEARNER = 'GT202200001X';
export const EC_LEARNER = 'GT2022000028';

/** How the gateway asks for a learner: the college subgraph supplies the pathway's organisations and the grants in force. */
export function studentRef(id: string, pathwayOrganizationIds: string[] = [], activeGrants: ActiveGrant[] = []) {
  return { __typename: 'Student', id, pathwayOrganizationIds, activeGrants };
}

/** A valid GB 11643 number for a learner born on `birth` (YYYYMMDD). */
export function nationalIdFor(birth: string, sequence: number, region = '620102'): string {
  const body = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return body + mod11_2(body);
}
