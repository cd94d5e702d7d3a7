/**
 * The hub's audit user may append and read, nothing more. Triggers refuse
 * UPDATE and DELETE (and REPLACE and ON DUPLICATE KEY UPDATE, which fire them),
 * but no trigger fires on TRUNCATE or DROP, and a user that may change triggers
 * can lift them: only privileges close those. In production the hub checks
 * its MariaDB/MySQL user's grants and refuses to start when they are broader.
 */
import type { DataSource } from 'typeorm';
import { ConfigError } from './config.ts';

/** What the hub's audit user may hold; USAGE is "no privilege" in MySQL's terms. */
const ALLOWED = new Set(['USAGE', 'SELECT', 'INSERT']);
const GRANT = /^GRANT (.+?) ON (.+?) TO /;

/** The privileges of one `SHOW GRANTS` line, without column lists: "SELECT (a, b)" → "SELECT". */
function privilegesOf(list: string): string[] {
  return list.replace(/\([^)]*\)/g, '').split(',').map((p) => p.trim().toUpperCase()).filter(Boolean);
}

/**
 * The grants that go beyond INSERT and SELECT, as SHOW GRANTS prints them:
 * any other privilege, WITH GRANT OPTION, and any role (whose privileges
 * SHOW GRANTS does not spell out).
 */
export function excessGrants(lines: readonly string[]): string[] {
  return lines.filter((line) => {
    const match = GRANT.exec(line);
    if (!match) return true;
    if (/WITH GRANT OPTION/i.test(line)) return true;
    return privilegesOf(match[1]).some((p) => !ALLOWED.has(p));
  });
}

/** The current user's grants on a MySQL/MariaDB connection. */
export async function currentGrants(store: DataSource): Promise<string[]> {
  const rows: Record<string, string>[] = await store.query('SHOW GRANTS FOR CURRENT_USER()');
  return rows.map((row) => Object.values(row)[0]);
}

/** Refuses an audit user that can do more than INSERT and SELECT (MySQL/MariaDB; SQLite has no users). */
export async function requireAppendOnlyUser(store: DataSource): Promise<void> {
  if (store.options.type !== 'mysql') return;
  const excess = excessGrants(await currentGrants(store));
  if (excess.length === 0) return;
  // The grant lines name the user and privileges, never a password hash worth hiding, but drop IDENTIFIED BY anyway.
  const shown = excess.map((line) => line.replace(/ IDENTIFIED BY .*/i, ''));
  throw new ConfigError(
    `production mode needs an audit-store user that may only INSERT and SELECT (GRANT INSERT, SELECT ON <audit db>.* TO <user>); AUDIT_DATABASE_URL's user also holds: ${shown.join('; ')}`,
  );
}
