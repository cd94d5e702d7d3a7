import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { HeaderError } from '../csv.ts';
import { WorkbookError, learnerIdsOfWorkbook, readXlsx } from '../xlsx.ts';

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

  // The unzip stream says 'end' once its input is written, while the
  // workbook and shared strings that follow parked sheets may still wait in
  // its buffer: with ten sheets, nearly every read would lose them.
  it('reads a workbook whose many sheets are parked before its shared strings, every time', async () => {
    const sheets: Record<string, string[][]> = {};
    for (let i = 0; i < 9; i++) sheets[`notes${i}`] = [['x'], [`y${i}`]];
    sheets.results = [['a', 'b'], ['5', '6']];
    const file = await workbookFile('ten.xlsx', sheets);
    for (let i = 0; i < 20; i++) {
      expect(await rowsOf(file, 'results')).toEqual([{ line: 2, record: { a: '5', b: '6' } }]);
    }
  });
});

describe('learnerIdsOfWorkbook', () => {
  const ids = ['GT2021000018', 'GT2021000026', 'GT2021000034', 'GT202200001X', 'GT2024000013'];

  /** Every place a cell can hold an id: a shared string, rich text in runs, a formula's result, another sheet. */
  async function workbookOfIds(): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('notes').addRow([`see ${ids[4]} first`]);
    const sheet = workbook.addWorksheet('awards');
    sheet.addRow(['studentId', 'holderName']);
    sheet.addRow([ids[0], 'GT2021']);
    sheet.addRow([{ richText: [{ text: 'GT2021' }, { text: '000026' }] }, 87.5]);
    sheet.addRow([{ formula: 'A2', result: ids[2] }, new Date('2024-06-20T00:00:00Z')]);
    sheet.addRow([ids[3], ids[0]]);
    const file = join(dir, 'ids.xlsx');
    await workbook.xlsx.writeFile(file);
    return file;
  }

  it('finds every id the cells name, on every sheet, once, from a file or a stream alike', async () => {
    const file = await workbookOfIds();
    expect((await learnerIdsOfWorkbook(file)).sort()).toEqual(ids);
    expect((await learnerIdsOfWorkbook(createReadStream(file, { highWaterMark: 512 }))).sort()).toEqual(ids);
  });

  // Lost shared strings would be ids the delegation check never sees.
  it('finds the ids in the shared strings that follow many parked sheets, every time', async () => {
    const workbook = new ExcelJS.Workbook();
    for (let i = 0; i < 9; i++) workbook.addWorksheet(`notes${i}`).addRow([`note ${i}`]);
    workbook.addWorksheet('awards').addRows(ids.map((id) => [id]));
    const file = join(dir, 'ten-ids.xlsx');
    await workbook.xlsx.writeFile(file);
    for (let i = 0; i < 20; i++) expect((await learnerIdsOfWorkbook(file)).sort()).toEqual(ids);
  });

  it('finds the ids of inline strings, as a workbook written without shared strings holds them', async () => {
    const file = join(dir, 'inline.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const sheet = writer.addWorksheet('pathways');
    sheet.addRow(['studentId']).commit();
    for (const id of ids) sheet.addRow([id]).commit();
    sheet.commit();
    await writer.commit();
    expect((await learnerIdsOfWorkbook(file)).sort()).toEqual(ids);
  });

  /** `bytes` as the gateway hands them on: a byte stream, in chunks. */
  const streamOf = (bytes: Buffer) => {
    const stream = new PassThrough();
    for (let i = 0; i < bytes.length; i += 700) stream.write(bytes.subarray(i, i + 700));
    stream.end();
    return stream;
  };

  it('refuses a file that is not a workbook, or one cut short anywhere, as WorkbookError, without waiting forever', async () => {
    const whole = readFileSync(await workbookOfIds());
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);
    process.on('uncaughtException', onError);
    try {
      await expect(learnerIdsOfWorkbook(streamOf(Buffer.from('studentId\nGT2021000018\n')))).rejects.toBeInstanceOf(WorkbookError);
      let refused = 0;
      for (let cut = 0; cut < whole.length; cut += Math.ceil(whole.length / 60)) {
        // Cut in the zip's closing directory only, every entry is whole: its ids are read, and no other.
        const found = await learnerIdsOfWorkbook(streamOf(whole.subarray(0, cut))).catch((err: unknown) => {
          expect(err).toBeInstanceOf(WorkbookError);
          refused += 1;
          return [];
        });
        for (const id of found) expect(ids).toContain(id);
      }
      expect(refused).toBeGreaterThan(50);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(errors).toEqual([]);
  });

  it('reads a cut-short workbook’s rows to a WorkbookError too, so its job fails instead of hanging', async () => {
    const file = join(dir, 'cut.xlsx');
    writeFileSync(file, readFileSync(await workbookOfIds()).subarray(0, 2000));
    await expect(rowsOf(file, 'awards')).rejects.toBeInstanceOf(WorkbookError);
  });
});
