import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { createMappingAndTeacherTables, dropMappingAndTeacherTables } from '@guantong/shared/curriculum/tables';

// A migration is a snapshot of history: its column definitions are written out here.
const text = (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
const uuid = (name: string, primary = false): TableColumnOptions => ({ ...text(name, 36), isPrimary: primary });
const key = (name: string, length = 32): TableColumnOptions => ({ ...text(name, length), isPrimary: true });
const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'int', isNullable: nullable });
const double = (name: string, nullable = false): TableColumnOptions => ({ name, type: 'double', isNullable: nullable });
const serial: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };

const TABLES = [
  'competency_framework', 'competency_item', 'competency_association', 'college_course_version', 'curriculum_committee', 'committee_member',
  'committee_proposal', 'committee_vote', 'committee_decision', 'placement', 'career_target', 'training_subsidy',
];
const RECORDED = 'committee decisions cannot be changed or deleted';

/** Refuses every UPDATE or DELETE of a table, on both databases. */
function guard(mysql: boolean, table: string, event: 'UPDATE' | 'DELETE'): string {
  const name = `${table}_no_${event.toLowerCase()}`;
  if (!mysql) return `CREATE TRIGGER ${name} BEFORE ${event} ON ${table} BEGIN SELECT RAISE(ABORT, '${RECORDED}'); END`;
  return `CREATE TRIGGER ${name} BEFORE ${event} ON ${table} FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${RECORDED}'`;
}

/**
 * Curriculum–certificate integration (课证融通), the college's part:
 * - competency frameworks per agreement, CASE-shaped (framework, item, association);
 * - the college's course mappings and teachers (tables shared with schools: shared/src/curriculum/tables.ts);
 * - course versions, and the School–Enterprise Curriculum Committee (members,
 *   proposals, votes, append-only decisions);
 * - learners' placements, career targets and training-subsidy flags (part RESULTS).
 */
export class Curriculum1768500000000 implements MigrationInterface {
  name = 'Curriculum1768500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.options.type === 'mysql';
    const create = (name: string, columns: TableColumnOptions[], indices: { name: string; columnNames: string[]; isUnique?: boolean }[] = []) =>
      queryRunner.createTable(new Table({ name, columns, indices }), true);
    const changed = text('last_change', 30);
    await create('competency_framework', [
      uuid('id', true), text('agreement_id', 32), text('uri', 500), text('title', 200), text('version', 32), text('description', 1000, true),
      text('creator', 200), text('language', 16, true), text('adoption_status', 32, true), text('effective_from', 10), text('effective_to', 10, true), changed,
    ], [{ name: 'idx_competency_framework_agreement', columnNames: ['agreement_id'] }]);
    await create('competency_item', [
      uuid('id', true), uuid('framework_id'), text('uri', 500), text('code', 32), text('abbreviated_statement', 200, true), text('statement', 1000),
      text('kind', 16), int('level'), int('list_order'), changed,
    ], [{ name: 'uq_competency_item_code', columnNames: ['framework_id', 'code'], isUnique: true }]);
    await create('competency_association', [
      uuid('id', true), uuid('framework_id'), text('uri', 500), text('type', 16), uuid('origin_id'), text('origin_uri', 500), text('origin_title', 500),
      uuid('destination_id'), text('destination_uri', 500), text('destination_title', 500), int('sequence'), changed,
    ], [{ name: 'idx_competency_association_framework', columnNames: ['framework_id'] }]);
    await createMappingAndTeacherTables(queryRunner);
    await create('college_course_version', [
      key('course_code'), { ...int('version'), isPrimary: true }, text('title', 200), double('credits'), int('hours'), text('effective_from', 10, true),
      text('effective_to', 10, true), int('proposal_id', true),
    ]);
    await create('curriculum_committee', [key('id'), text('college_id', 32), text('agreement_id', 32), text('name', 200), double('enterprise_quorum')]);
    await create('committee_member', [serial, text('committee_id', 32), text('name', 100), text('organization_id', 64), text('kind', 16), text('role', 200)],
      [{ name: 'idx_committee_member_committee', columnNames: ['committee_id'] }]);
    await create('committee_proposal', [
      serial, text('committee_id', 32), text('kind', 16), text('course_code', 32), text('new_title', 200, true), double('new_credits', true), int('new_hours', true),
      text('effective_term', 11), text('rationale', 1000), text('proposed_by', 200), text('proposed_by_organization_id', 64), text('proposed_at', 30), text('status', 16),
    ], [{ name: 'idx_committee_proposal_committee', columnNames: ['committee_id'] }]);
    await create('committee_vote', [{ ...int('proposal_id'), isPrimary: true }, { ...int('member_id'), isPrimary: true }, text('choice', 16), text('cast_by', 200), text('cast_at', 30)]);
    await create('committee_decision', [
      { ...int('proposal_id'), isPrimary: true }, text('decided_on', 10), text('outcome', 16), int('votes_for'), int('votes_against'), int('abstentions'),
      int('voting'), int('enterprise_voting'), double('quorum'), int('version_created', true), { name: 'touched_rules', type: 'text' },
      { name: 'touched_mappings', type: 'text' }, text('recorded_by', 200), text('recorded_at', 30),
    ]);
    await create('placement', [
      serial, text('student_id', 32), text('kind', 16), text('employer_name', 200), text('employer_id', 64, true), text('job_position_id', 64),
      text('started_on', 10), text('ended_on', 10, true), text('outcome', 16), text('recorded_by_organization_id', 64), text('recorded_by', 200), text('recorded_at', 30),
    ], [{ name: 'idx_placement_student', columnNames: ['student_id'] }]);
    await create('career_target', [key('student_id'), text('job_position_id', 64), text('set_by_role', 32), text('set_by', 200), text('set_at', 30)]);
    await create('training_subsidy', [key('student_id'), text('scheme', 200), text('granted_on', 10), text('recorded_by_organization_id', 64), text('recorded_by', 200), text('recorded_at', 30)]);
    await queryRunner.query(guard(mysql, 'committee_decision', 'UPDATE'));
    await queryRunner.query(guard(mysql, 'committee_decision', 'DELETE'));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['update', 'delete']) await queryRunner.query(`DROP TRIGGER IF EXISTS committee_decision_no_${event}`);
    for (const table of [...TABLES].reverse()) await queryRunner.dropTable(table, true);
    await dropMappingAndTeacherTables(queryRunner);
  }
}
