/**
 * The deployment's database users (docker/mysql-init.sh): the audit store's
 * writer may only INSERT and SELECT, yet a subgraph opens the store with it,
 * once its owner has migrated it. MariaDB only: SQLite has no users.
 */
import mysql from 'mysql2/promise';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '@guantong/shared/config';
import { openAuditDatabase } from '@guantong/shared/subgraph';
import { databaseKinds, dropMariadbDatabases, freshMariadbUrl } from '@guantong/shared/testing';

const kinds = await databaseKinds();

describe.runIf(kinds.includes('mariadb'))('an audit writer that may only INSERT and SELECT (mariadb)', () => {
  it('opens the store its owner migrated, appends, and still cannot change an entry', async () => {
    const ownerUrl = freshMariadbUrl('lp_audit');
    const url = new URL(ownerUrl);
    const database = url.pathname.slice(1);
    const user = `gt_w_${database.slice(-8)}`;
    const root = await mysql.createConnection({ host: url.hostname, port: Number(url.port || 3306), user: decodeURIComponent(url.username) });
    try {
      const owner = await openAuditDatabase(loadConfig({ AUDIT_DATABASE_URL: ownerUrl }), { asOwner: true });
      await owner.dataSource.destroy();
      await root.query(`CREATE USER '${user}'@'%' IDENTIFIED BY 'writer-pw'`);
      await root.query(`GRANT INSERT, SELECT ON \`${database}\`.* TO '${user}'@'%'`);
      const writerUrl = `mysql://${user}:writer-pw@${url.host}/${database}`;
      const store = await openAuditDatabase(loadConfig({ GUANTONG_MODE: 'demo', AUDIT_DATABASE_URL: writerUrl }));
      try {
        await store.dataSource.query("INSERT INTO audit_entry (at, request_id, service, actor_subject, actor_role, student_id, parts, outcome) VALUES ('2026-11-23T00:00:00.000Z', 'r', 'college', 's', 'ADMIN', 'GT202200001X', 'RESULTS:x', 'ALLOWED')");
        await expect(store.dataSource.query("UPDATE audit_entry SET outcome = 'DENIED'")).rejects.toThrow();
      } finally {
        await store.dataSource.destroy();
      }
    } finally {
      await root.query(`DROP USER IF EXISTS '${user}'@'%'`);
      await root.end();
      await dropMariadbDatabases([ownerUrl]);
    }
  });
});
