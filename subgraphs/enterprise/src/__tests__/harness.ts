/**
 * Test support for the enterprise subgraph: a server over a fresh migrated
 * database of one kind, callers of every role, and row counts.
 */
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { ANONYMOUS, type Actor, type Role } from '@guantong/shared/identity';
import { openSubgraphHarness, type DatabaseKind, type Reply, type SubgraphHarness } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { enterpriseSubgraph } from '../definition.ts';

export type { Reply };

export interface Harness extends SubgraphHarness {
  /** Rows in a table, to prove that a refused write left nothing behind. */
  count(target: EntityTarget<ObjectLiteral>): Promise<number>;
}

/** A server over a fresh database, seeded with the demo dataset unless told otherwise. */
export async function openHarness(kind: DatabaseKind, options: { seed?: boolean } = {}): Promise<Harness> {
  const harness = await openSubgraphHarness(enterpriseSubgraph, kind, options);
  return { ...harness, count: (target) => harness.db.dataSource.getRepository(target).count() };
}

const user = (role: Role, claims: { orgId?: string; studentId?: string } = {}): Actor => ({ kind: 'user', subject: `test:${role}`, role, ...claims });
const enterprise = (orgId: string) => user('ENTERPRISE_STAFF', { orgId });

/** Callers, named after who they are in the demo dataset. */
export const callers = {
  anonymous: ANONYMOUS,
  admin: user('ADMIN'),
  riverside: user('SECONDARY_STAFF', { orgId: 'sch-riverside' }),
  hillview: user('SECONDARY_STAFF', { orgId: 'sch-hillview' }),
  metroCollege: user('COLLEGE_STAFF', { orgId: 'col-metro' }),
  /** Issues X-NED-1 and X-NE-2. */
  zhongxin: enterprise('org-zhongxin'),
  /** Issues E-TY-NT. */
  tianyi: enterprise('org-tianyi'),
  /** Issues X-OSOP-1 and X-OSOP-2. */
  xinshang: enterprise('org-xinshang'),
  /** Issues X-ICV-2. */
  zhilian: enterprise('org-zhilian'),
  /** Issues E-HD-ICVT. */
  huadong: enterprise('org-huadong'),
  /** A college's staff holding an issuer's organisation id: the role must match too. */
  collegeAsZhilian: user('COLLEGE_STAFF', { orgId: 'org-zhilian' }),
  learner: (studentId: string) => user('STUDENT', { studentId }),
};

/** Demo learners (see demoRoster): cohort 2021 has graduated, serial 1 studied Network Technology, serial 3 Automotive. */
export const NET_GRADUATE = learnerId(2021, 1); // X-NED-1 (2023) and X-NE-2 (2026), both from Zhongxin
export const AUTO_GRADUATE = learnerId(2021, 3); // X-ICV-2 from Zhilian and E-HD-ICVT from Huadong, both 2026-06-20
export const NO_CERTIFICATES = learnerId(2021, 2); // E-commerce, no certificates
export const REVOKED_HOLDER = learnerId(2022, 4); // holds the demo's one revoked X-NED-1

/** How the gateway asks for a learner: the college subgraph supplies the pathway's organisations. */
export const studentRef = (id: string, pathwayOrganizationIds: string[]) => ({ __typename: 'Student', id, pathwayOrganizationIds });

/** The code of the first error, for assertions that read like the rule they check. */
export const codeOf = (reply: Reply<unknown>) => reply.errors?.[0]?.extensions?.code;
export const fieldOf = (reply: Reply<unknown>) => reply.errors?.[0]?.extensions?.field;
