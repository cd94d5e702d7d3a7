/**
 * Bulk files through the gateway in tests: upload a CSV (or the same rows as
 * an XLSX workbook) as an import job, wait for the job to settle, and
 * download an export.
 */
import ExcelJS from 'exceljs';
import { mod11_2 } from '@guantong/shared/validation';
import type { Hub } from './hub.ts';

export interface JobView {
  id: string;
  status: string;
  rowsRead: number;
  rowsValid: number;
  rowsBad: number;
  rowsWritten: number;
  rowsUnchanged: number;
  checkpointLine: number;
  message: string | null;
  errors: { totalCount: number; nodes: { line: number; column: string | null; message: string }[] };
}

const JOB_FIELDS = 'id status rowsRead rowsValid rowsBad rowsWritten rowsUnchanged checkpointLine message errors(first: 100) { totalCount nodes { line column message } }';

export const bulkUrl = (hub: Hub, path: string): string => new URL(path, hub.gateway.url).toString();

/** Uploads `csv` as an import job; answers the route's status and body. */
export async function upload(hub: Hub, token: string, subgraph: string, params: Record<string, string>, csv: string | Uint8Array): Promise<{ status: number; body: { jobId?: string; errors?: { message: string; extensions: { code: string } }[] } }> {
  const response = await fetch(bulkUrl(hub, `/bulk/${subgraph}/imports?${new URLSearchParams(params)}`), {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body: csv as BodyInit,
  });
  return { status: response.status, body: await response.json() };
}

/** Reads the job through the gateway until it is no longer running. */
export async function settled(hub: Hub, token: string, field: string, id: string): Promise<JobView> {
  for (let i = 0; i < 600; i++) {
    const reply = await hub.query<Record<string, JobView>>(`query($id: ID!) { ${field}(id: $id) { ${JOB_FIELDS} } }`, { id }, token);
    if (reply.errors) throw new Error(JSON.stringify(reply.errors));
    const job = reply.data![field];
    if (!['QUEUED', 'VALIDATING', 'WRITING'].includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`job ${id} did not settle`);
}

/** Uploads and waits for the job to settle. */
export async function importCsv(hub: Hub, token: string, subgraph: string, jobField: string, params: Record<string, string>, csv: string | Uint8Array): Promise<JobView> {
  const started = await upload(hub, token, subgraph, params, csv);
  if (started.status !== 202) throw new Error(`upload refused: ${started.status} ${JSON.stringify(started.body)}`);
  return settled(hub, token, jobField, started.body.jobId!);
}

export async function download(hub: Hub, token: string, subgraph: string, params: Record<string, string>): Promise<string> {
  const response = await fetch(bulkUrl(hub, `/bulk/${subgraph}/exports?${new URLSearchParams(params)}`), { headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`export refused: ${response.status} ${text}`);
  return text;
}

/** A valid GB 11643 national ID for serial `n`, born 2010-03-15 (Lanzhou). */
export function nationalIdFor(n: number): string {
  const body = `620102201003${String(15).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  return body + mod11_2(body);
}

/** A demo-shaped enrolment file: `count` learners of sch-riverside's SEC-NET, cohort 2026, ids issued on import. */
export function enrolmentCsv(count: number, from = 0): string {
  const lines = ['studentId,name,nationalId,schoolId,programCode,cohort,enrolledOn'];
  for (let i = from; i < from + count; i++) lines.push(`,学生${i},${nationalIdFor(i)},sch-riverside,SEC-NET,2026,2026-09-01`);
  return `${lines.join('\n')}\n`;
}

/**
 * The rows of `csv` (unquoted, header first) as an XLSX workbook, on a sheet
 * named `sheet` after a `notes` sheet, kept as a spreadsheet keeps them:
 * numbers as number cells and YYYY-MM-DD dates as date cells.
 */
export async function xlsxOf(sheet: string, csv: string): Promise<Uint8Array> {
  if (csv.includes('"')) throw new Error('xlsxOf reads unquoted CSV only');
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('notes').addRow(['exported from the school system']);
  const rows = workbook.addWorksheet(sheet);
  const [header, ...lines] = csv.trim().split('\n');
  rows.addRow(header.split(','));
  const cell = (text: string) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return new Date(`${text}T00:00:00Z`);
    // A number cell only where it reads back as the same text (no leading or trailing zeros lost).
    return text !== '' && String(Number(text)) === text ? Number(text) : text;
  };
  for (const line of lines) rows.addRow(line.split(',').map(cell));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
