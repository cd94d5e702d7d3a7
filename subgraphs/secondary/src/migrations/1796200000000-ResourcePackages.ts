import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { createTriggers, dropTriggers } from '@guantong/shared/feed/triggers';
import { RESOURCE_TABLES, secondaryFeed } from '../feed/tables.ts';
import { idColumn, textColumn } from './columns.ts';

const APPEND_ONLY = 'resource audit entries are append-only';

/**
 * Shared resource packages: packages, their files and immutable versions,
 * downloads, and the package trail (append-only, like the hub's audit trail).
 */
export class ResourcePackages1796200000000 implements MigrationInterface {
  name = 'ResourcePackages1796200000000';

  async up(runner: QueryRunner): Promise<void> {
    const text = textColumn(runner);
    const int = (name: string, isNullable = false) => ({ name, type: 'integer', isNullable });
    await runner.createTable(new Table({
      name: 'resource_package',
      columns: [
        { ...idColumn }, text('module_code', 40), text('agreement_id', 64), text('agreement_school_id', 64), text('agreement_college_id', 64),
        text('title', 200), text('status', 12), text('author_id', 64), text('co_author_id', 64), text('created_by', 200), text('created_at', 24),
        text('confirmed_by', 200, { isNullable: true }), text('confirmed_at', 24, { isNullable: true }),
      ],
      indices: [{ name: 'idx_resource_package_module', columnNames: ['module_code'] }],
    }), true);
    await runner.createTable(new Table({
      name: 'resource_file',
      columns: [{ ...idColumn }, int('package_id'), text('kind', 24), { name: 'latest_version', type: 'int' }],
      uniques: [{ name: 'uq_resource_file_package_kind', columnNames: ['package_id', 'kind'] }],
    }), true);
    await runner.createTable(new Table({
      name: 'resource_file_version',
      columns: [
        { ...idColumn }, int('file_id'), { name: 'version', type: 'int' }, text('name', 200), text('content_type', 100), int('size'),
        text('sha256', 64), text('object_key', 200), text('uploaded_at', 24), text('uploader_id', 64), text('uploaded_by', 200),
      ],
      uniques: [{ name: 'uq_resource_file_version', columnNames: ['file_id', 'version'] }],
    }), true);
    await runner.createTable(new Table({
      name: 'resource_download',
      columns: [{ ...idColumn }, int('version_id'), int('package_id'), text('organization_id', 64, { isNullable: true }), text('actor_subject', 200), text('at', 24)],
      indices: [{ name: 'idx_resource_download_version', columnNames: ['version_id'] }, { name: 'idx_resource_download_package', columnNames: ['package_id'] }],
    }), true);
    await runner.createTable(new Table({
      name: 'resource_audit',
      columns: [
        { ...idColumn }, text('at', 24), text('request_id', 64), text('actor_subject', 200), text('actor_role', 32), text('organization_id', 64, { isNullable: true }),
        text('action', 12), int('package_id'), int('version_id', true), text('basis', 300),
      ],
      indices: [{ name: 'idx_resource_audit_package', columnNames: ['package_id'] }],
    }), true);
    const mysql = runner.connection.options.type === 'mysql';
    for (const event of ['UPDATE', 'DELETE']) {
      const name = `resource_audit_no_${event.toLowerCase()}`;
      await runner.query(mysql
        ? `CREATE TRIGGER ${name} BEFORE ${event} ON resource_audit FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = '${APPEND_ONLY}'`
        : `CREATE TRIGGER ${name} BEFORE ${event} ON resource_audit BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY}'); END`);
    }
    await createTriggers(runner, secondaryFeed.tables.filter((t) => RESOURCE_TABLES.includes(t.table)));
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropTriggers(runner, secondaryFeed.tables.filter((t) => RESOURCE_TABLES.includes(t.table)));
    for (const event of ['update', 'delete']) await runner.query(`DROP TRIGGER IF EXISTS resource_audit_no_${event}`);
    for (const table of ['resource_audit', 'resource_download', 'resource_file_version', 'resource_file', 'resource_package']) await runner.dropTable(table);
  }
}
