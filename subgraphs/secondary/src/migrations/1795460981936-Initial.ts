import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * The secondary subgraph's tables. Written with TypeORM's driver-agnostic Table
 * API so the same migration runs on SQLite and MySQL/MariaDB.
 */
export class Initial1795460981936 implements MigrationInterface {
  name = 'Initial1795460981936';

  async up(queryRunner: QueryRunner): Promise<void> {
    const text = textColumn(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'secondary_school',
        columns: [text('id', 64, { isPrimary: true }), text('name', 200), text('region', 200)],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'secondary_program',
        columns: [
          text('code', 32, { isPrimary: true }),
          text('school_id', 64),
          text('name', 200),
          { name: 'duration_years', type: 'int' },
        ],
        indices: [{ name: 'idx_secondary_program_school', columnNames: ['school_id'] }],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'secondary_course',
        columns: [
          text('code', 32, { isPrimary: true }),
          text('program_code', 32),
          text('title', 200),
          { name: 'credits', type: 'double' },
          { name: 'hours', type: 'int' },
          { name: 'pathway_year', type: 'int' },
        ],
        indices: [{ name: 'idx_secondary_course_program', columnNames: ['program_code'] }],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'learner',
        columns: [
          text('id', 12, { isPrimary: true }),
          text('name', 200),
          // The national ID is kept only encrypted, and found through its keyed blind index.
          text('national_id_cipher', 128),
          text('national_id_index', 64),
          text('birth_date', 10),
        ],
        uniques: [{ name: 'uq_learner_national_id_index', columnNames: ['national_id_index'] }],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'secondary_enrollment',
        columns: [
          text('student_id', 12, { isPrimary: true }),
          text('school_id', 64),
          text('program_code', 32),
          { name: 'cohort', type: 'int' },
          text('enrolled_on', 10),
          text('completed_on', 10, { isNullable: true }),
        ],
        indices: [
          { name: 'idx_secondary_enrollment_school', columnNames: ['school_id'] },
          { name: 'idx_secondary_enrollment_program', columnNames: ['program_code'] },
        ],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'secondary_result',
        columns: [
          // 'integer', not 'int': SQLite auto-increments only an INTEGER PRIMARY KEY.
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          text('student_id', 12),
          text('course_code', 32),
          text('term', 11),
          { name: 'score', type: 'double' },
        ],
        // Its leading column also serves lookups of a learner's results.
        uniques: [{ name: 'uq_secondary_result_student_course_term', columnNames: ['student_id', 'course_code', 'term'] }],
        indices: [{ name: 'idx_secondary_result_course', columnNames: ['course_code'] }],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['secondary_result', 'secondary_enrollment', 'learner', 'secondary_course', 'secondary_program', 'secondary_school']) {
      await queryRunner.dropTable(table, true);
    }
  }
}

/**
 * A varchar column factory. On MySQL/MariaDB every text column is utf8mb4 even
 * when the database was created with another default, so names outside the
 * Basic Multilingual Plane (e.g. 𠮷) are stored intact; SQLite is always UTF-8.
 */
function textColumn(queryRunner: QueryRunner) {
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
