/**
 * Reads XLSX workbooks with exceljs's streaming reader, so memory does not
 * grow with the file: the rows of one sheet for an import job, and the
 * learner ids a workbook names, for the job's delegation. A workbook holds
 * one sheet per kind, named after it (e.g. `results`); the sheet's first row
 * is its header and each row's line is its row number.
 */
import fs from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { HeaderError, checkHeader, type CsvRow } from './csv.ts';
import { LEARNER_ID_PATTERN } from './learner-set.ts';

/** A file that is not a readable workbook (not a zip, cut short, corrupt): the caller's to fix, like a malformed CSV. */
export class WorkbookError extends HeaderError {}

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

type ReaderOptions = Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>;

/**
 * exceljs's reader over `input`, made to see every entry and to fail on a zip
 * cut short.
 *
 * The unzip stream emits 'end' as soon as its input is all written, while
 * entries it has parsed may still wait in its buffer: exceljs stops at that
 * 'end' and loses them (the workbook or the shared strings, when the sheets
 * before them were parked), then fails on a workbook it never read. So only
 * the stream's own end, once its buffer is empty, reaches exceljs.
 *
 * exceljs sees the unzip stream's error only between entries: an entry left
 * open by the error (one being parked in a temporary file, or one being
 * parsed) would be waited for forever. So on that error every entry is
 * ended, and the reader reaches the error and throws it.
 */
function workbookReader(input: string | Readable, options: ReaderOptions): ExcelJS.stream.xlsx.WorkbookReader {
  const stream = typeof input === 'string' ? fs.createReadStream(input) : input;
  const pipe = stream.pipe.bind(stream);
  stream.pipe = (<T extends NodeJS.WritableStream>(zip: T): T => {
    const unzip = zip as unknown as Readable;
    const entries: Writable[] = [];
    const emit = unzip.emit.bind(unzip);
    unzip.emit = ((event: string | symbol, ...args: unknown[]) =>
      event === 'end' && !unzip.readableEnded ? false : emit(event, ...args)) as typeof unzip.emit;
    unzip.on('data', (entry: Writable) => entries.push(entry));
    unzip.once('error', () => {
      for (const entry of entries) {
        // An inflater still writing into an ended entry must not become an uncaught error.
        entry.on('error', () => undefined);
        if (!entry.writableEnded) entry.end();
      }
    });
    return pipe(zip);
  }) as typeof stream.pipe;
  return new ExcelJS.stream.xlsx.WorkbookReader(stream, { styles: 'ignore', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit', ...options });
}

/** A reader's failure over the file (not a zip, cut short, bad deflate or XML) as the caller's to fix; the process's own (a system call's, e.g. a full disk) as it is. */
function asWorkbookError(err: unknown): unknown {
  if (err instanceof HeaderError || (err as NodeJS.ErrnoException).syscall !== undefined) return err;
  return new WorkbookError(`the file is not a readable XLSX workbook (${(err as Error).message}); save it again from the spreadsheet as .xlsx`);
}

/**
 * The rows of the sheet named `sheet`, after checking its header.
 *
 * exceljs parks each sheet that precedes the shared strings in a temporary
 * file, and deletes it when the next sheet is asked for. So every sheet is
 * read to its end, even one that is not wanted: a sheet skipped unread would
 * open its file after it was deleted (an uncaught ENOENT), and stopping early
 * would leave the later sheets' files behind until the process exits.
 */
export async function* readXlsx(file: string, columns: readonly string[], sheet: string): AsyncGenerator<CsvRow> {
  const reader = workbookReader(file, { styles: 'cache', sharedStrings: 'cache' });
  let found = false;
  try {
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
  } catch (err) {
    throw asWorkbookError(err);
  }
  if (!found) throw new HeaderError(`the workbook has no sheet named "${sheet}": put each kind's rows on a sheet named after it`);
}

/**
 * Every learner id the workbook's cells name, on any sheet, found in each
 * cell's text as `readXlsx` reads it (the gateway reads the upload as it
 * streams by, the subgraph reads the stored file: the same code on the same
 * bytes gives both the same set). Shared strings are scanned as they are read
 * rather than kept, so memory holds the ids only, as for a CSV file; the
 * sheets are parked and read after them. Throws WorkbookError for a file
 * that is not a readable workbook.
 */
export async function learnerIdsOfWorkbook(input: string | Readable): Promise<string[]> {
  const ids = new Set<string>();
  const pattern = new RegExp(LEARNER_ID_PATTERN, 'g');
  const scan = (value: unknown) => {
    for (const id of textOf(value).match(pattern) ?? []) ids.add(id);
  };
  const reader = workbookReader(input, { sharedStrings: 'emit' });
  try {
    // With sharedStrings 'emit', exceljs yields each shared string as { index, text } (no eventType).
    for await (const event of reader.parse() as unknown as AsyncIterable<{ eventType?: string; value?: AsyncIterable<ExcelJS.Row>; text?: unknown }>) {
      if (event.eventType === 'worksheet') {
        for await (const row of event.value!) for (const value of row.values as unknown[]) scan(value);
      } else if (event.eventType === undefined && 'text' in event) {
        scan(event.text);
      }
    }
  } catch (err) {
    throw asWorkbookError(err);
  }
  return [...ids];
}
