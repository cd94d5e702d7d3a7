import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

// A migration is a snapshot of history: its column definitions are written out
// here rather than imported from the entities, which may change later.
const id = (name: string, primary = false): TableColumnOptions => ({ name, type: 'varchar', length: '32', isPrimary: primary });
const text = (name: string, length: number): TableColumnOptions => ({ name, type: 'varchar', length: String(length) });
const isoDate = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: '10', isNullable: nullable });

const foreignKey = (name: string, column: string, table: string, referenced: string) => ({
  name,
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: [referenced],
  onDelete: 'RESTRICT',
});

/**
 * Creates the college subgraph's tables with the driver-agnostic Table API, so
 * the same migration runs on SQLite and MySQL/MariaDB. On MySQL the tables take
 * the database's default character set, which `openDatabase` creates as utf8mb4.
 * Foreign keys stay inside this subgraph: learners, schools and secondary
 * programmes live in other subgraphs and are kept as plain ids.
 */
export class Initial1767225600000 implements MigrationInterface {
  name = 'Initial1767225600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({
      name: 'college',
      columns: [id('id', true), text('name', 200), text('region', 100)],
    }), true);

    await queryRunner.createTable(new Table({
      name: 'college_program',
      columns: [id('code', true), id('college_id'), text('name', 200), { name: 'duration_years', type: 'int' }],
      indices: [{ name: 'idx_college_program_college', columnNames: ['college_id'] }],
      foreignKeys: [foreignKey('fk_college_program_college', 'college_id', 'college', 'id')],
    }), true);

    await queryRunner.createTable(new Table({
      name: 'college_course',
      columns: [id('code', true), id('program_code'), text('title', 200), { name: 'credits', type: 'double' }, { name: 'hours', type: 'int' }],
      indices: [{ name: 'idx_college_course_program', columnNames: ['program_code'] }],
      foreignKeys: [foreignKey('fk_college_course_program', 'program_code', 'college_program', 'code')],
    }), true);

    await queryRunner.createTable(new Table({
      name: 'articulation_agreement',
      columns: [
        id('id', true), text('name', 200), id('college_id'), id('college_program_code'),
        id('secondary_school_id'), id('secondary_program_code'), isoDate('effective_from'), isoDate('effective_to', true),
      ],
      indices: [
        { name: 'idx_agreement_college', columnNames: ['college_id'] },
        { name: 'idx_agreement_college_program', columnNames: ['college_program_code'] },
        { name: 'idx_agreement_secondary_school', columnNames: ['secondary_school_id'] },
      ],
      foreignKeys: [
        foreignKey('fk_agreement_college', 'college_id', 'college', 'id'),
        foreignKey('fk_agreement_college_program', 'college_program_code', 'college_program', 'code'),
      ],
    }), true);

    await queryRunner.createTable(new Table({
      name: 'pathway',
      columns: [id('student_id', true), id('agreement_id'), text('cohort', 4), text('stage', 16), isoDate('registered_on')],
      indices: [
        { name: 'idx_pathway_agreement', columnNames: ['agreement_id'] },
        { name: 'idx_pathway_cohort', columnNames: ['cohort'] },
        { name: 'idx_pathway_stage', columnNames: ['stage'] },
      ],
      foreignKeys: [foreignKey('fk_pathway_agreement', 'agreement_id', 'articulation_agreement', 'id')],
    }), true);

    await queryRunner.createTable(new Table({
      name: 'higher_enrollment',
      columns: [id('student_id', true), id('college_id'), id('program_code'), isoDate('enrolled_on'), isoDate('completed_on', true)],
      indices: [
        { name: 'idx_higher_enrollment_college', columnNames: ['college_id'] },
        { name: 'idx_higher_enrollment_program', columnNames: ['program_code'] },
      ],
      foreignKeys: [
        foreignKey('fk_higher_enrollment_college', 'college_id', 'college', 'id'),
        foreignKey('fk_higher_enrollment_program', 'program_code', 'college_program', 'code'),
      ],
    }), true);

    // The primary key (learner, course, term) is the uniqueness rule: one result per term.
    await queryRunner.createTable(new Table({
      name: 'college_course_result',
      columns: [
        id('student_id', true), id('course_code', true), { name: 'term', type: 'varchar', length: '16', isPrimary: true },
        { name: 'score', type: 'double' },
      ],
      indices: [{ name: 'idx_college_course_result_course', columnNames: ['course_code'] }],
      foreignKeys: [foreignKey('fk_college_course_result_course', 'course_code', 'college_course', 'code')],
    }), true);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Children before parents, so no foreign key is left dangling.
    for (const table of [
      'college_course_result', 'higher_enrollment', 'pathway', 'articulation_agreement',
      'college_course', 'college_program', 'college',
    ]) {
      await queryRunner.dropTable(table, true, true, true);
    }
  }
}
