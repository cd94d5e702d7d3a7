import type { QueryRunner, TableColumnOptions } from 'typeorm';

/**
 * A varchar column factory for migrations after the initial one: utf8mb4 on
 * MySQL/MariaDB whatever the database default, plain varchar on SQLite. The
 * initial migration keeps its own copy, since committed migrations are not edited.
 */
export function textColumn(queryRunner: QueryRunner) {
  const mysql = queryRunner.connection.driver.options.type === 'mysql';
  const charset = mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_unicode_ci' } : {};
  return (name: string, length: number, options: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    ...charset,
    ...options,
  });
}

/** An auto-increment id: 'integer', not 'int', since SQLite auto-increments only an INTEGER PRIMARY KEY. */
export const idColumn: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
