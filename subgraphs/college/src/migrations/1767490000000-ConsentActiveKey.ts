import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

interface Unrevoked { id: string; student_id: string; organization_id: string; scopes: string; granted_at: string }

/**
 * One unrevoked consent grant per learner, organisation and scope set. Each
 * unrevoked grant gets an active key (learner|organisation|scopes, null once
 * revoked) under a unique index, so concurrent identical grants cannot both be
 * stored. Identical grants already stored twice are settled as a new grant
 * settles them now: the newest stays, each older one counts as revoked at the
 * instant the next one was granted.
 */
export class ConsentActiveKey1767490000000 implements MigrationInterface {
  name = 'ConsentActiveKey1767490000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Learner id (32) + organisation id (64) + scopes (64) + two separators.
    await queryRunner.addColumn('consent_grant', new TableColumn({ name: 'active_key', type: 'varchar', length: '162', isNullable: true }));
    const rows: Unrevoked[] = await queryRunner.query(
      'SELECT id, student_id, organization_id, scopes, granted_at FROM consent_grant WHERE revoked_at IS NULL ORDER BY granted_at DESC, id DESC',
    );
    const newer = new Map<string, Unrevoked>();
    for (const row of rows) {
      const key = `${row.student_id}|${row.organization_id}|${row.scopes}`;
      const replacement = newer.get(key);
      if (replacement) {
        await queryRunner.query('UPDATE consent_grant SET revoked_at = ? WHERE id = ?', [replacement.granted_at, row.id]);
      } else {
        await queryRunner.query('UPDATE consent_grant SET active_key = ? WHERE id = ?', [key, row.id]);
      }
      newer.set(key, row);
    }
    // A unique index, not a constraint: MySQL has no separate unique constraints. NULLs never collide.
    await queryRunner.createIndex('consent_grant', new TableIndex({ name: 'uq_consent_grant_active_key', columnNames: ['active_key'], isUnique: true }));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('consent_grant', 'uq_consent_grant_active_key');
    await queryRunner.dropColumn('consent_grant', 'active_key');
  }
}
