import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { columnFactories } from './columns.ts';

const TABLES = ['content_unit', 'content_unit_item', 'job_position', 'job_requirement'];

/**
 * Curriculum–certificate integration, the enterprise's part: each standard's
 * content units (weights, and the competency items they assess) and job
 * positions with their required and optional competencies and certificates.
 */
export class Curriculum1768500000300 implements MigrationInterface {
  name = 'Curriculum1768500000300';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const { key, text } = columnFactories(queryRunner);
    const primary = { isPrimary: true };
    await queryRunner.createTable(new Table({
      name: 'content_unit',
      columns: [key('standard_code', 32, primary), key('code', 32, primary), text('title', 200), { name: 'weight', type: 'double' }, { name: 'sequence', type: 'int' }],
    }), true);
    await queryRunner.createTable(new Table({
      name: 'content_unit_item',
      columns: [key('standard_code', 32, primary), key('unit_code', 32, primary), key('item_id', 36, primary)],
    }), true);
    await queryRunner.createTable(new Table({
      name: 'job_position',
      columns: [
        key('id', 64, primary), key('employer_id', 64), text('title', 200), text('description', 500), key('isco_code', 4, { isNullable: true }),
        text('esco_uri', 300, { isNullable: true }), key('recorded_at', 30),
      ],
      indices: [{ name: 'idx_job_position_employer', columnNames: ['employer_id'] }],
    }), true);
    await queryRunner.createTable(new Table({
      name: 'job_requirement',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }, key('position_id', 64), key('kind', 16),
        { name: 'essential', type: 'boolean' }, key('item_id', 36, { isNullable: true }), key('standard_code', 32, { isNullable: true }),
      ],
      indices: [{ name: 'idx_job_requirement_position', columnNames: ['position_id'] }],
    }), true);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.dropTable(table, true);
  }
}
