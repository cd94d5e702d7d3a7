import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The stackable certificate ladder: which standards a standard requires. The
 * pair is the primary key, so a duplicate prerequisite is refused by the
 * database as well as by addPrerequisite.
 */
export class Prerequisites1767312000300 implements MigrationInterface {
  name = 'Prerequisites1767312000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.driver.options.type === 'mysql';
    // Codes compare byte by byte on MariaDB too, as in the initial migration.
    const code = (name: string) => ({
      name,
      type: 'varchar',
      length: '32',
      isPrimary: true,
      ...(mysql ? { charset: 'utf8mb4', collation: 'utf8mb4_bin' } : {}),
    });
    await queryRunner.createTable(
      new Table({
        name: 'standard_prerequisite',
        // The key's first column serves the only lookup: a standard's prerequisites.
        columns: [code('standard_code'), code('requires_code')],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('standard_prerequisite', true);
  }
}
