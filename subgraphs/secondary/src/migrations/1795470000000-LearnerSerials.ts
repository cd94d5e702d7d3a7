import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A counter of learner serials per cohort, so concurrent enrolments of one
 * cohort take consecutive serials instead of racing for MAX(id) + 1. Cohorts
 * that already have learners start from their highest serial.
 */
export class LearnerSerials1795470000000 implements MigrationInterface {
  name = 'LearnerSerials1795470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'learner_serial',
        columns: [
          { name: 'cohort', type: 'int', isPrimary: true },
          { name: 'last_serial', type: 'int' },
        ],
      }),
      true,
    );
    // Learner ids are GT + 4-digit cohort + 5-digit serial + check character.
    const ids: { id: string }[] = await queryRunner.query('SELECT id FROM learner');
    const last = new Map<number, number>();
    for (const { id } of ids) {
      const cohort = Number(id.slice(2, 6));
      last.set(cohort, Math.max(last.get(cohort) ?? 0, Number(id.slice(6, 11))));
    }
    for (const [cohort, serial] of last) {
      await queryRunner.query('INSERT INTO learner_serial (cohort, last_serial) VALUES (?, ?)', [cohort, serial]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('learner_serial');
  }
}
