import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CsvError } from 'csv-parse';
import { describe, expect, it } from 'vitest';
import { HeaderError, readCsv, type CsvRow } from '../csv.ts';

const COLUMNS = ['studentId', 'courseCode', 'term', 'score'];

async function rowsOf(text: string): Promise<CsvRow[]> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guantong-csv-')), 'f.csv');
  fs.writeFileSync(file, text);
  const rows: CsvRow[] = [];
  for await (const row of readCsv(file, COLUMNS)) rows.push(row);
  return rows;
}

describe('reading an import file', () => {
  it('gives each row its own line of the file, the header being line 1, whatever the column order', async () => {
    const rows = await rowsOf('\uFEFFscore,term,courseCode,studentId\n80,2024-2025-1,NET-S101,GT2024000011\n\n"9\n0",2024-2025-2,NET-S110,GT2024000011\n70,2024-2025-1,NET-S120,GT2024000011\n');
    expect(rows.map((r) => r.line)).toEqual([2, 5, 6]);
    expect(rows[0].record).toEqual({ score: '80', term: '2024-2025-1', courseCode: 'NET-S101', studentId: 'GT2024000011' });
  });

  it('refuses a header that misses or adds a column, naming them', async () => {
    await expect(rowsOf('studentId,courseCode,grade\n')).rejects.toSatisfy((err: Error) => err instanceof HeaderError && /missing: term,score; unknown: grade/.test(err.message));
  });

  it('refuses a row with more fields than the header', async () => {
    await expect(rowsOf('studentId,courseCode,term,score\na,b,c,d,e\n')).rejects.toBeInstanceOf(CsvError);
  });
});
