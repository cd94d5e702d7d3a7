/**
 * Streams a CSV file row by row with csv-parse, so memory does not grow with
 * the file. Lines are the file's own (header = line 1), for row errors; a
 * row whose quoted field spans lines is named by its last line.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';
import type { CsvRecord } from './kind.ts';

export interface CsvRow {
  line: number;
  record: CsvRecord;
}

export class HeaderError extends Error {}

/** Every row of the file in order, after checking that the header names each expected column. */
export async function* readCsv(file: string, columns: readonly string[]): AsyncGenerator<CsvRow> {
  const parser = fs.createReadStream(file).pipe(
    parse({ bom: true, columns: (header: string[]) => checkHeader(header.map((h) => h.trim()), columns), skip_empty_lines: true, info: true, relax_column_count: false }),
  );
  for await (const { record, info } of parser as AsyncIterable<{ record: CsvRecord; info: { lines: number } }>) {
    yield { line: info.lines, record };
  }
}

/** The header's columns, once it names each expected column and no other. */
export function checkHeader(header: string[], columns: readonly string[]): string[] {
  const missing = columns.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !columns.includes(c));
  if (missing.length || unknown.length) {
    throw new HeaderError(`the header must name the columns ${columns.join(',')}${missing.length ? `; missing: ${missing.join(',')}` : ''}${unknown.length ? `; unknown: ${unknown.join(',')}` : ''}`);
  }
  return header;
}

/** A CSV writer with the header and `\n` line ends, so two exports of the same rows are byte-identical. */
export function csvWriter(columns: readonly string[]) {
  return stringify({ header: true, columns: [...columns], record_delimiter: '\n' });
}

/** The rows of an uploaded file, CSV or XLSX (by its name), with the `kind`'s columns. */
export async function* readRows(file: string, columns: readonly string[], kind: string): AsyncGenerator<CsvRow> {
  if (file.endsWith('.xlsx')) {
    const { readXlsx } = await import('./xlsx.ts');
    yield* readXlsx(file, columns, kind);
  } else {
    yield* readCsv(file, columns);
  }
}
