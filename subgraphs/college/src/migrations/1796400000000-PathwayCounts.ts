/**
 * pathway_count: how many learners the registry holds per agreement, cohort
 * and stage, so `students.totalCount` sums a few rows instead of counting the
 * registry. Triggers on pathway keep it, in the write's own transaction,
 * whatever code made the write (a mutation, a bulk import, the seed, a
 * script); the migration fills it from the rows already stored.
 *
 * A later migration that rebuilds the pathway table on SQLite (TypeORM's
 * addColumn, changeColumn or dropColumn do) drops these triggers with it, as
 * it does the change log's: it must create them again. Nothing may write
 * pathway with INSERT OR REPLACE: on SQLite the row it replaces is deleted
 * without firing DELETE triggers (unless recursive_triggers is on).
 */
import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

// A migration is a snapshot of history: the columns are written out as pathway's are.
const text = (name: string, length: number): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isPrimary: true });

const KEY = ['agreement_id', 'cohort', 'stage'] as const;
const TRIGGERS = ['pathway_count_ins', 'pathway_count_upd', 'pathway_count_del'] as const;

/** Adds one learner to `row`'s (agreement, cohort, stage), creating the row the first time. */
function increment(mysql: boolean, row: 'NEW'): string {
  const values = `INSERT INTO pathway_count (${KEY.join(', ')}, learners) VALUES (${KEY.map((c) => `${row}.${c}`).join(', ')}, 1)`;
  return mysql ? `${values} ON DUPLICATE KEY UPDATE learners = learners + 1` : `${values} ON CONFLICT (${KEY.join(', ')}) DO UPDATE SET learners = learners + 1`;
}

/** Takes one learner from `row`'s (agreement, cohort, stage). A row left at zero stays: there are few keys. */
const decrement = (row: 'OLD'): string => `UPDATE pathway_count SET learners = learners - 1 WHERE ${KEY.map((c) => `${c} = ${row}.${c}`).join(' AND ')}`;

/** True when an UPDATE moved the learner to another (agreement, cohort, stage). */
const moved = KEY.map((c) => `OLD.${c} <> NEW.${c}`).join(' OR ');

/** The three triggers, in the driver's dialect. */
export function pathwayCountTriggers(mysql: boolean): string[] {
  if (mysql) {
    // MariaDB has no UPDATE OF columns: the IF keeps other updates (a birth date) off the counts' rows and their locks.
    return [
      `CREATE TRIGGER pathway_count_ins AFTER INSERT ON pathway FOR EACH ROW ${increment(true, 'NEW')}`,
      `CREATE TRIGGER pathway_count_upd AFTER UPDATE ON pathway FOR EACH ROW BEGIN IF ${moved} THEN ${decrement('OLD')}; ${increment(true, 'NEW')}; END IF; END`,
      `CREATE TRIGGER pathway_count_del AFTER DELETE ON pathway FOR EACH ROW ${decrement('OLD')}`,
    ];
  }
  return [
    `CREATE TRIGGER pathway_count_ins AFTER INSERT ON pathway BEGIN ${increment(false, 'NEW')}; END`,
    `CREATE TRIGGER pathway_count_upd AFTER UPDATE OF ${KEY.join(', ')} ON pathway WHEN ${moved} BEGIN ${decrement('OLD')}; ${increment(false, 'NEW')}; END`,
    `CREATE TRIGGER pathway_count_del AFTER DELETE ON pathway BEGIN ${decrement('OLD')}; END`,
  ];
}

export class PathwayCounts1796400000000 implements MigrationInterface {
  name = 'PathwayCounts1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const mysql = queryRunner.connection.options.type === 'mysql';
    await queryRunner.createTable(new Table({
      name: 'pathway_count',
      columns: [text('agreement_id', 32), text('cohort', 4), text('stage', 16), { name: 'learners', type: 'int' }],
    }), true);
    // Filled before the triggers exist: the migration runs before the service takes writes.
    await queryRunner.query(`INSERT INTO pathway_count (${KEY.join(', ')}, learners) SELECT ${KEY.join(', ')}, COUNT(*) FROM pathway GROUP BY ${KEY.join(', ')}`);
    for (const sql of pathwayCountTriggers(mysql)) await queryRunner.query(sql);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of TRIGGERS) await queryRunner.query(`DROP TRIGGER IF EXISTS ${name}`);
    await queryRunner.dropTable('pathway_count', true);
  }
}
