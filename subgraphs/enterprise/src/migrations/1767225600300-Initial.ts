import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * The enterprise subgraph's tables. Written with TypeORM's driver-agnostic Table
 * API so the same migration runs on SQLite and MySQL/MariaDB.
 */
export class Initial1767225600300 implements MigrationInterface {
  name = 'Initial1767225600300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const { text, key } = columnFactories(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'certification_organization',
        columns: [key('id', 64, { isPrimary: true }), text('name', 200), text('kind', 32)],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'certificate_standard',
        columns: [
          key('code', 32, { isPrimary: true }),
          text('name', 200),
          text('kind', 32),
          text('level', 16, { isNullable: true }),
          text('description', 1000),
          key('issuer_id', 64),
        ],
        indices: [{ name: 'idx_certificate_standard_issuer', columnNames: ['issuer_id'] }],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'certificate_award',
        columns: [
          // The primary key makes serials unique hub-wide.
          key('serial', 64, { isPrimary: true }),
          key('student_id', 12),
          // Compared in code after Unicode normalisation, never by the database's collation.
          text('holder_name', 100),
          key('standard_code', 32),
          text('issued_on', 10),
          { name: 'score', type: 'double' },
          text('status', 16),
          text('revoked_on', 10, { isNullable: true }),
          text('revocation_reason', 500, { isNullable: true }),
        ],
        indices: [
          { name: 'idx_certificate_award_student', columnNames: ['student_id'] },
          { name: 'idx_certificate_award_standard', columnNames: ['standard_code'] },
        ],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'recognition_agreement',
        columns: [
          key('id', 64, { isPrimary: true }),
          key('from_code', 32),
          key('to_code', 32),
          { name: 'mutual', type: 'boolean' },
          text('effective_from', 10),
          text('effective_to', 10, { isNullable: true }),
          text('basis', 500),
        ],
        indices: [
          { name: 'idx_recognition_from', columnNames: ['from_code'] },
          { name: 'idx_recognition_to', columnNames: ['to_code'] },
        ],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['recognition_agreement', 'certificate_award', 'certificate_standard', 'certification_organization']) {
      await queryRunner.dropTable(table, true);
    }
  }
}

/**
 * Varchar column factories. On MySQL/MariaDB every column is utf8mb4 even when
 * the database was created with another default, so text outside the Basic
 * Multilingual Plane (e.g. 𠮷) is stored intact; SQLite is always UTF-8.
 * `key` columns (ids, codes, serials) compare byte by byte, as SQLite does:
 * under a case-insensitive collation MariaDB would call serial "ab-1" a
 * duplicate of "AB-1" where SQLite would not.
 */
function columnFactories(queryRunner: QueryRunner) {
  const mysql = queryRunner.connection.driver.options.type === 'mysql';
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
