import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each agreement states the most credits a learner may transfer into its
 * college programme. Agreements stored before the cap existed get their
 * programme's total course credits: no cap beyond what the courses bound
 * already, so no stored decision changes until the college states a cap.
 * Written as SQL both SQLite and MariaDB run (the column is NOT NULL, so it
 * is added with a default and then filled in).
 */
export class TransferCap1767580000000 implements MigrationInterface {
  name = 'TransferCap1767580000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE articulation_agreement ADD COLUMN max_transfer_credits double NOT NULL DEFAULT 0');
    await queryRunner.query(
      'UPDATE articulation_agreement SET max_transfer_credits = ' +
        '(SELECT COALESCE(SUM(c.credits), 0) FROM college_course c WHERE c.program_code = articulation_agreement.college_program_code)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE articulation_agreement DROP COLUMN max_transfer_credits');
  }
}
