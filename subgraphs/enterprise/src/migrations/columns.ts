import type { QueryRunner, TableColumnOptions } from 'typeorm';

/**
 * Varchar column factories for migrations after the initial one (which keeps
 * its own copy: released migrations are never edited). On MySQL/MariaDB every
 * column is utf8mb4; `key` columns (ids, codes) compare byte by byte, as
 * SQLite does, and `text` columns with the Unicode collation.
 */
export function columnFactories(runner: QueryRunner) {
  const mysql = runner.connection.driver.options.type === 'mysql';
  const column =
    (collation: string) =>
    (name: string, length: number, options: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      ...(mysql ? { charset: 'utf8mb4', collation } : {}),
      ...options,
    });
  return { text: column('utf8mb4_unicode_ci'), key: column('utf8mb4_bin') };
}
