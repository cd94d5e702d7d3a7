/**
 * Streams the rows of one sheet of an XLSX workbook with exceljs's streaming
 * reader, so memory does not grow with the file. A workbook holds one sheet
 * per kind, named after it (e.g. `results`); the sheet's first row is its
 * header and each row's line is its row number.
 */
import ExcelJS from 'exceljs';
import { HeaderError, checkHeader, type CsvRow } from './csv.ts';

/** A cell as the text a CSV would carry: dates as YYYY-MM-DD, rich text joined, a formula by its result. */
function textOf(value: unknown): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  const cell = value as { richText?: { text: string }[]; result?: unknown; text?: string };
  if (cell.richText) return cell.richText.map((part) => part.text).join('');
  if ('result' in cell) return textOf(cell.result);
  return cell.text ?? '';
}

/**
 * exceljs parks each sheet that precedes the shared strings in a temporary
 * file, and deletes it when the next sheet is asked for. So every sheet is
 * read to its end, even one that is not wanted: a sheet skipped unread would
 * open its file after it was deleted (an uncaught ENOENT), and stopping early
 * would leave the later sheets' files behind until the process exits.
 */
export async function* readXlsx(file: string, columns: readonly string[], sheet: string): AsyncGenerator<CsvRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { styles: 'cache', sharedStrings: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  let found = false;
  for await (const worksheet of reader) {
    if (found || (worksheet as unknown as { name: string }).name !== sheet) {
      for await (const _row of worksheet) void _row;
      continue;
    }
    found = true;
    let header: string[] | null = null;
    for await (const row of worksheet) {
      const values = (row.values as unknown[]).slice(1).map(textOf);
      if (!header) {
        header = checkHeader(values.map((v) => v.trim()), columns);
        continue;
      }
      if (values.every((v) => v.trim() === '')) continue;
      yield { line: row.number, record: Object.fromEntries(header.map((name, i) => [name, values[i] ?? ''])) };
    }
  }
  if (!found) throw new HeaderError(`the workbook has no sheet named "${sheet}": put each kind's rows on a sheet named after it`);
}
