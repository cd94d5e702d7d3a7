import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { HeaderError } from '../csv.ts';
import { readXlsx } from '../xlsx.ts';

const dir = mkdtempSync(join(tmpdir(), 'guantong-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbookFile(name: string, sheets: Record<string, string[][]>): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) workbook.addWorksheet(sheet).addRows(rows);
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

const parked = () => readdirSync(tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`)).length;

async function rowsOf(file: string, sheet: string) {
  const rows = [];
  for await (const row of readXlsx(file, ['a', 'b'], sheet)) rows.push(row);
  return rows;
}

describe('readXlsx', () => {
  it('reads the sheet named after the kind, by row number, skipping blank rows', async () => {
    const file = await workbookFile('one.xlsx', { results: [['a', 'b'], ['1', '2'], ['', ''], ['3', '4']] });
    expect(await rowsOf(file, 'results')).toEqual([
      { line: 2, record: { a: '1', b: '2' } },
      { line: 4, record: { a: '3', b: '4' } },
    ]);
  });

  // exceljs parks each sheet in a temporary file and deletes it when the
  // next sheet is asked for: a sheet skipped without being read would be
  // opened after its file was gone, an uncaught ENOENT in the process.
  it('reads past other sheets, and reports a missing sheet, without losing a parked file', async () => {
    const file = await workbookFile('many.xlsx', {
      notes: [['x'], ['y']],
      enrolments: [['a', 'b'], ['9', '9']],
      results: [['a', 'b'], ['5', '6']],
    });
    const before = parked();
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    try {
      for (let i = 0; i < 20; i++) {
        expect(await rowsOf(file, 'results')).toEqual([{ line: 2, record: { a: '5', b: '6' } }]);
        await expect(rowsOf(file, 'awards')).rejects.toBeInstanceOf(HeaderError);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(errors).toEqual([]);
    expect(parked()).toBe(before);
  });
});
