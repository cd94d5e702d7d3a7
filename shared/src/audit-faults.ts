/**
 * Tests only: makes the real audit store refuse new entries, as a full disk or
 * a lost connection would, through a trigger installed by the store's
 * privileged test connection; only one service's entries when `service` is
 * given. Returns the undo.
 */
import type { DataSource } from 'typeorm';

const TRIGGER = 'audit_entry_test_outage';
const MESSAGE = 'audit store unavailable (test)';

export async function refuseAuditEntries(store: DataSource, service?: string): Promise<() => Promise<void>> {
  const only = service === undefined ? '1 = 1' : `NEW.service = '${service.replace(/'/g, '')}'`;
  await store.query(
    store.options.type === 'mysql'
      ? `CREATE TRIGGER ${TRIGGER} BEFORE INSERT ON audit_entry FOR EACH ROW BEGIN IF ${only} THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${MESSAGE}'; END IF; END`
      : `CREATE TRIGGER ${TRIGGER} BEFORE INSERT ON audit_entry WHEN ${only} BEGIN SELECT RAISE(ABORT, '${MESSAGE}'); END`,
  );
  return async () => void (await store.query(`DROP TRIGGER IF EXISTS ${TRIGGER}`));
}
