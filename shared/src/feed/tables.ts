/**
 * What a subgraph's change log records, table by table. Each owned table is
 * either described here (the GraphQL entity type a row is, its id, and who may
 * read it) or excluded with the reason why; a test holds every subgraph to it.
 */
import type { RecordPart } from '../policy.ts';

/**
 * Who may learn of a change, decided with the policy function (visibility.ts):
 * PUBLIC (catalogue: anyone), ORGANIZATION (that organisation's staff and
 * admins), STUDENT (a part of a learner's record: the learner, their guardian,
 * the institution that owns the row, admins), ADMIN (administrators only).
 */
export type Audience = 'PUBLIC' | 'ORGANIZATION' | 'STUDENT' | 'ADMIN';

export interface FeedTable {
  table: string;
  /** The GraphQL type a row is, e.g. SecondaryCourseResult. */
  entityType: string;
  /** Primary-key columns; the entity id is their values joined with ':'. */
  key: readonly string[];
  audience: Audience;
  /** SQL over the changed row, written `@.column` (NEW or OLD in the trigger): the learner. */
  student?: string;
  /** SQL over the changed row: the organisation that owns it (may be a subquery). */
  organization?: string;
  /** The part of the learner's record a STUDENT row belongs to. */
  part?: RecordPart;
}

export interface FeedCoverage {
  tables: readonly FeedTable[];
  /** Tables left out of the change log on purpose, each with its reason. */
  excluded: Readonly<Record<string, string>>;
}

/** The feed's own tables and the migrations table: never logged in any subgraph. */
export const FEED_INTERNAL_TABLES: Readonly<Record<string, string>> = {
  migrations: 'TypeORM migration bookkeeping, not data',
  change_log: 'the change log itself',
  webhook_subscription: 'webhook delivery state, internal to the feed',
  webhook_delivery: 'webhook delivery state, internal to the feed',
  import_job: "a bulk import's progress, internal to the job; the rows it writes are logged in their own tables",
  import_row_error: "a bulk import's row errors, shown only on the job",
};

/** Catalogue rows: anyone may read them, so anyone learns of their changes. */
export const publicTable = (table: string, entityType: string, key: readonly string[]): FeedTable => ({ table, entityType, key, audience: 'PUBLIC' });

/** An organisation's own business: its staff and admins learn of changes. */
export const organizationTable = (table: string, entityType: string, key: readonly string[], organization: string): FeedTable => ({ table, entityType, key, audience: 'ORGANIZATION', organization });

/** Part of a learner's record, owned by the institution `organization` names. */
export const studentTable = (table: string, entityType: string, key: readonly string[], student: string, organization: string | undefined, part: RecordPart): FeedTable => ({
  table, entityType, key, audience: 'STUDENT', student, organization, part,
});
