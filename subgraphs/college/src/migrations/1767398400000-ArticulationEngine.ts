import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

// A migration is a snapshot of history: its column definitions are written out
// here rather than imported from the entities, which may change later.
const text = (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
const isoDate = (name: string, nullable = false) => text(name, 10, nullable);
const double = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'double', isNullable: nullable });
/** Auto-increment ids ("integer": SQLite allows AUTOINCREMENT only on that type). Of two credit rules at equal priority, the older (lower id) wins. */
const serial: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };

const toAgreement = (table: string) => ({
  name: `fk_${table}_agreement`,
  columnNames: ['agreement_id'],
  referencedTableName: 'articulation_agreement',
  referencedColumnNames: ['id'],
  onDelete: 'RESTRICT',
});

/**
 * The articulation engine: credit bank conversion rules and progression
 * requirements, both per agreement. Exempted and required course codes are
 * comma lists: the college's own codes are checked when a rule is added, and
 * secondary codes and certificate standards belong to other subgraphs.
 */
export class ArticulationEngine1767398400000 implements MigrationInterface {
  name = 'ArticulationEngine1767398400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(new Table({
      name: 'credit_rule',
      columns: [
        serial,
        text('agreement_id', 32),
        text('kind', 16),
        text('standard_code', 32, true),
        text('min_level', 16, true),
        double('min_score', true),
        text('secondary_course_code', 32, true),
        text('exempt_course_codes', 400),
        double('credits'),
        isoDate('effective_from'),
        isoDate('effective_to', true),
        { name: 'priority', type: 'int' },
        text('description', 500),
      ],
      indices: [{ name: 'idx_credit_rule_agreement', columnNames: ['agreement_id', 'priority'] }],
      foreignKeys: [toAgreement('credit_rule')],
    }), true);

    await queryRunner.createTable(new Table({
      name: 'progression_requirement',
      columns: [
        serial,
        text('agreement_id', 32),
        text('kind', 32),
        text('description', 500),
        text('course_codes', 400, true),
        double('min_score', true),
        text('standard_code', 32, true),
        double('min_credits', true),
      ],
      indices: [{ name: 'idx_progression_requirement_agreement', columnNames: ['agreement_id'] }],
      foreignKeys: [toAgreement('progression_requirement')],
    }), true);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('progression_requirement', true, true, true);
    await queryRunner.dropTable('credit_rule', true, true, true);
  }
}
