import { Table, TableColumn, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

// A migration is a snapshot of history: its column definitions are written out
// here rather than imported from the entities, which may change later.
const text = (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable: nullable });
/** ISO 8601 instants are stored as 24-character UTC strings, which compare correctly as text. */
const instant = (name: string, nullable = false) => text(name, 24, nullable);

/**
 * The Trust issue: learners' consent grants, and the registry's date of birth
 * (which decides whether a learner consents for themself or their guardian does,
 * PIPL's line at 14). Existing registry rows get a null birth date: unknown age,
 * so only a guardian can consent for them until it is filled in.
 */
export class Consent1767312000000 implements MigrationInterface {
  name = 'Consent1767312000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('pathway', new TableColumn(text('birth_date', 10, true)));

    await queryRunner.createTable(new Table({
      name: 'consent_grant',
      columns: [
        { ...text('id', 36), isPrimary: true },
        text('student_id', 32),
        text('organization_id', 64),
        text('scopes', 64),
        text('purpose', 300),
        instant('granted_at'),
        instant('expires_at'),
        instant('revoked_at', true),
        text('granted_by', 16),
        text('granted_by_subject', 200),
      ],
      indices: [
        { name: 'idx_consent_grant_student', columnNames: ['student_id', 'granted_at'] },
        { name: 'idx_consent_grant_organization', columnNames: ['organization_id', 'student_id'] },
      ],
      // Consent is given for learners on the registry only; a learner with grants stays on it.
      foreignKeys: [{
        name: 'fk_consent_grant_pathway',
        columnNames: ['student_id'],
        referencedTableName: 'pathway',
        referencedColumnNames: ['student_id'],
        onDelete: 'RESTRICT',
      }],
    }), true);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('consent_grant', true, true, true);
    await queryRunner.dropColumn('pathway', 'birth_date');
  }
}
