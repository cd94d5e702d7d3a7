/**
 * Test support for the enterprise subgraph: a server over a fresh migrated
 * database of one kind, callers of every role, and row counts.
 */
import { MoreThan, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { expect } from 'vitest';
import { AuditEntryEntity, type AuditEntryRow } from '@guantong/shared/audit';
import { demoRoster } from '@guantong/shared/demo';
import { ANONYMOUS, type Actor, type Role } from '@guantong/shared/identity';
import type { ActiveGrant } from '@guantong/shared/policy';
import { openSubgraphHarness, type DatabaseKind, type Reply, type SubgraphHarness } from '@guantong/shared/testing';
import { learnerId } from '@guantong/shared/validation';
import { enterpriseSubgraph } from '../definition.ts';

export type { Reply };

export interface Harness extends SubgraphHarness {
  /** Rows in a table, to prove that a refused write left nothing behind. */
  count(target: EntityTarget<ObjectLiteral>): Promise<number>;
  /** The audit entries `action` appended, oldest first (the store is shared by every request of the harness). */
  auditedBy(action: () => Promise<unknown>): Promise<AuditEntryRow[]>;
  /** The school enrols `studentId` under `name` (a story's holder), so awards to them are confirmed. */
  schoolEnrols(studentId: string, name: string): void;
}

/** A server over a fresh database, seeded with the demo dataset unless told otherwise. */
export async function openHarness(kind: DatabaseKind, options: { seed?: boolean } = {}): Promise<Harness> {
  const harness = await openSubgraphHarness(enterpriseSubgraph, kind, options);
  const trail = harness.audit.dataSource.getRepository(AuditEntryEntity);
  return {
    ...harness,
    count: (target) => harness.db.dataSource.getRepository(target).count(),
    schoolEnrols: (id, name) => harness.peers.enrol({ id, name, programCode: 'SEC-AUTO', birthDate: '2008-01-01' }),
    async auditedBy(action) {
      const last = (await trail.maximum('id')) ?? 0;
      await action();
      return trail.find({ where: { id: MoreThan(last) }, order: { id: 'ASC' } });
    },
  };
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
  /** Issues E-XH-ADAS (this subgraph's demo addition, demo/ladder.ts). */
  xinghe: enterprise('org-xinghe'),
  /** A college's staff holding an issuer's organisation id: the role must match too. */
  collegeAsZhilian: user('COLLEGE_STAFF', { orgId: 'org-zhilian' }),
  learner: (studentId: string) => user('STUDENT', { studentId }),
  guardian: (studentId: string) => user('GUARDIAN', { studentId }),
};

/** Demo learners (see demoRoster): cohort 2021 has graduated, serial 1 studied Network Technology, serial 3 Automotive. */
export const NET_GRADUATE = learnerId(2021, 1); // X-NED-1 (2023) and X-NE-2 (2026), both from Zhongxin
export const AUTO_GRADUATE = learnerId(2021, 3); // X-ICV-2 from Zhilian and E-HD-ICVT from Huadong, both 2026-06-20
export const NO_CERTIFICATES = learnerId(2021, 2); // E-commerce, no certificates
export const REVOKED_HOLDER = learnerId(2022, 4); // holds the demo's one revoked X-NED-1

let freshSerial = 90_000;
/** A learner id no demo learner has, so a test starts from a learner with no certificates. */
export const freshLearner = () => learnerId(2025, (freshSerial += 1));

/** The name printed on a demo learner's certificates: their registered name, e.g. 孙一诺 for NET_GRADUATE. */
export function holderNameOf(studentId: string): string {
  const student = demoRoster().students.find((s) => s.id === studentId);
  if (!student) throw new Error(`no demo learner ${studentId}`);
  return student.name;
}

/**
 * How the gateway asks for a learner: the college subgraph supplies the
 * pathway's organisations and the consent grants in force right now.
 */
export const studentRef = (id: string, pathwayOrganizationIds: string[], activeGrants: ActiveGrant[] = []) => ({
  __typename: 'Student',
  id,
  pathwayOrganizationIds,
  activeGrants,
});

/**
 * What one `_entities` request for the first `count` demo learners costs in
 * SQL statements, as the gateway would send it, with the learners it answered.
 * Stories compare 10 with 100 learners: the cost must not grow with the page.
 */
export async function entitiesCost<T>(hub: Harness, actor: Actor, query: string, count: number, grants: ActiveGrant[] = []): Promise<{ statements: number; students: T[] }> {
  const refs = demoRoster().students.slice(0, count).map((s) => studentRef(s.id, [], grants));
  const before = hub.db.statements.count;
  const { data, errors } = await hub.run<{ _entities: T[] }>(actor, query, { r: refs });
  // An enterprise is told on each row where it may read nothing (FORBIDDEN); nothing else may fail.
  expect((errors ?? []).filter((e) => e.extensions?.code !== 'FORBIDDEN')).toEqual([]);
  expect(data?._entities).toHaveLength(count);
  return { statements: hub.db.statements.count - before, students: data?._entities ?? [] };
}

/** A learner's consent to an organisation, for recruitment, as the registry reports it. */
export const consentTo = (organizationId: string, ...scopes: ActiveGrant['scopes']): ActiveGrant => ({ organizationId, scopes, purpose: 'recruitment' });

/** The audit fields a test asserts on, without the instant, request id and row id. */
export const entryOf = ({ actorRole, organizationId, studentId, parts, outcome, reason, purpose, service }: AuditEntryRow) => ({
  service, actorRole, organizationId, studentId, parts, outcome, reason, purpose,
});

/** The code of the first error, for assertions that read like the rule they check. */
export const codeOf = (reply: Reply<unknown>) => reply.errors?.[0]?.extensions?.code;
export const fieldOf = (reply: Reply<unknown>) => reply.errors?.[0]?.extensions?.field;
