/**
 * The tables a school and a college both keep for the curriculum: their
 * courses' mappings and their teachers. Written out once, as they stood when
 * the migrations that create them (college 1768500000000, secondary
 * 1795900000000) were written: a later change gets a migration of its own.
 */
import { Table, type QueryRunner, type TableColumnOptions } from 'typeorm';

const text = (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
const serial: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
const dated = [text('effective_from', 10), text('effective_to', 10, true), text('recorded_by', 200), text('recorded_at', 30)];

export const MAPPING_AND_TEACHER_TABLES = ['course_competency', 'course_content', 'teacher', 'teacher_qualification', 'teacher_practice'];

export async function createMappingAndTeacherTables(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.createTable(new Table({
    name: 'course_competency',
    columns: [serial, text('course_code', 32), text('item_id', 36), { name: 'hours', type: 'double' }, { name: 'target_level', type: 'int' }, ...dated],
    indices: [
      { name: 'idx_course_competency_course', columnNames: ['course_code'] },
      // One row per course, item and start: two concurrent mappings from the same day cannot both land.
      { name: 'uq_course_competency_start', columnNames: ['course_code', 'item_id', 'effective_from'], isUnique: true },
    ],
  }), true);
  await queryRunner.createTable(new Table({
    name: 'course_content',
    columns: [serial, text('course_code', 32), text('standard_code', 32), text('unit_code', 32), { name: 'hours', type: 'double' }, ...dated],
    indices: [
      { name: 'idx_course_content_course', columnNames: ['course_code'] },
      { name: 'uq_course_content_start', columnNames: ['course_code', 'standard_code', 'unit_code', 'effective_from'], isUnique: true },
    ],
  }), true);
  await queryRunner.createTable(new Table({
    name: 'teacher',
    columns: [
      { name: 'id', type: 'varchar', length: '32', isPrimary: true }, text('institution_id', 64), text('program_code', 32), text('name', 100),
      text('active_from', 10), text('active_to', 10, true),
    ],
    indices: [{ name: 'idx_teacher_program', columnNames: ['program_code'] }, { name: 'idx_teacher_institution', columnNames: ['institution_id'] }],
  }), true);
  await queryRunner.createTable(new Table({
    name: 'teacher_qualification',
    columns: [serial, text('teacher_id', 32), text('kind', 16), text('title', 200), text('obtained_on', 10)],
    indices: [{ name: 'idx_teacher_qualification_teacher', columnNames: ['teacher_id'] }],
  }), true);
  await queryRunner.createTable(new Table({
    name: 'teacher_practice',
    columns: [serial, text('teacher_id', 32), { name: 'year', type: 'int' }, { name: 'hours', type: 'double' }, text('enterprise', 200), text('recorded_at', 30)],
    indices: [
      { name: 'idx_teacher_practice_teacher', columnNames: ['teacher_id'] },
      { name: 'uq_teacher_practice_year', columnNames: ['teacher_id', 'year', 'enterprise'], isUnique: true },
    ],
  }), true);
}

export async function dropMappingAndTeacherTables(queryRunner: QueryRunner): Promise<void> {
  for (const table of [...MAPPING_AND_TEACHER_TABLES].reverse()) await queryRunner.dropTable(table, true);
}
