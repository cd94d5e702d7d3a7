/**
 * Import jobs, stored in the owning subgraph's own database beside the data
 * they write, so a batch of rows and the job's checkpoint commit together.
 */
import { EntitySchema, Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export type ImportStatus = 'QUEUED' | 'VALIDATING' | 'WRITING' | 'DONE' | 'FAILED' | 'INTERRUPTED';

export interface ImportJobRow {
  id: string;
  organizationId: string;
  /** The bundle part, e.g. "enrolments" or "results". */
  kind: string;
  /** How the uploaded file is written: csv, or xlsx (a sheet named after the kind). */
  format: 'csv' | 'xlsx';
  status: ImportStatus;
  validOnly: boolean;
  actorSubject: string;
  rowsRead: number;
  rowsValid: number;
  rowsBad: number;
  rowsWritten: number;
  rowsUnchanged: number;
  /** The last file line whose row is settled (written, unchanged or skipped); 0 before writing. */
  checkpointLine: number;
  /** Why the job failed, for the caller (never internal detail). */
  message: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ImportRowErrorRow {
  id: number;
  jobId: string;
  /** Line of the file, the header being line 1. */
  line: number;
  /** The CSV column at fault, or null for the row as a whole. */
  column: string | null;
  message: string;
}

export const ImportJobEntity = new EntitySchema<ImportJobRow>({
  name: 'ImportJob',
  tableName: 'import_job',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    organizationId: { name: 'organization_id', type: 'varchar', length: 64 },
    kind: { type: 'varchar', length: 32 },
    format: { type: 'varchar', length: 4 },
    status: { type: 'varchar', length: 12 },
    validOnly: { name: 'valid_only', type: 'boolean' },
    actorSubject: { name: 'actor_subject', type: 'varchar', length: 200 },
    rowsRead: { name: 'rows_read', type: 'int' },
    rowsValid: { name: 'rows_valid', type: 'int' },
    rowsBad: { name: 'rows_bad', type: 'int' },
    rowsWritten: { name: 'rows_written', type: 'int' },
    rowsUnchanged: { name: 'rows_unchanged', type: 'int' },
    checkpointLine: { name: 'checkpoint_line', type: 'int' },
    message: { type: 'varchar', length: 500, nullable: true },
    createdAt: { name: 'created_at', type: 'varchar', length: 24 },
    updatedAt: { name: 'updated_at', type: 'varchar', length: 24 },
  },
});

export const ImportRowErrorEntity = new EntitySchema<ImportRowErrorRow>({
  name: 'ImportRowError',
  tableName: 'import_row_error',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    jobId: { name: 'job_id', type: 'varchar', length: 36 },
    line: { type: 'int' },
    column: { name: 'column_name', type: 'varchar', length: 64, nullable: true },
    message: { type: 'varchar', length: 500 },
  },
  indices: [{ name: 'idx_import_row_error_job_line', columns: ['jobId', 'line'] }],
});

export const importEntities = [ImportJobEntity, ImportRowErrorEntity];

const int = (name: string) => ({ name, type: 'int', default: 0 });

/** The job and row-error tables; every subgraph that imports lists this migration. */
export class ImportJobs1796100000000 implements MigrationInterface {
  name = 'ImportJobs1796100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(new Table({
      name: 'import_job',
      columns: [
        { name: 'id', type: 'varchar', length: '36', isPrimary: true },
        { name: 'organization_id', type: 'varchar', length: '64' },
        { name: 'kind', type: 'varchar', length: '32' },
        { name: 'format', type: 'varchar', length: '4' },
        { name: 'status', type: 'varchar', length: '12' },
        { name: 'valid_only', type: 'boolean' },
        { name: 'actor_subject', type: 'varchar', length: '200' },
        int('rows_read'), int('rows_valid'), int('rows_bad'), int('rows_written'), int('rows_unchanged'), int('checkpoint_line'),
        { name: 'message', type: 'varchar', length: '500', isNullable: true },
        { name: 'created_at', type: 'varchar', length: '24' },
        { name: 'updated_at', type: 'varchar', length: '24' },
      ],
    }), true);
    await runner.createTable(new Table({
      name: 'import_row_error',
      columns: [
        { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        { name: 'job_id', type: 'varchar', length: '36' },
        { name: 'line', type: 'int' },
        { name: 'column_name', type: 'varchar', length: '64', isNullable: true },
        { name: 'message', type: 'varchar', length: '500' },
      ],
    }), true);
    await runner.createIndex('import_row_error', new TableIndex({ name: 'idx_import_row_error_job_line', columnNames: ['job_id', 'line'] }));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('import_row_error');
    await runner.dropTable('import_job');
  }
}
