import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createMappingAndTeacherTables, dropMappingAndTeacherTables } from '@guantong/shared/curriculum/tables';

/**
 * Curriculum–certificate integration, the school's part: how it maps its own
 * courses (to the college's competency items and to certificate content
 * units) and its teachers, with their qualifications and enterprise practice.
 */
export class Curriculum1795900000000 implements MigrationInterface {
  name = 'Curriculum1795900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await createMappingAndTeacherTables(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await dropMappingAndTeacherTables(queryRunner);
  }
}
