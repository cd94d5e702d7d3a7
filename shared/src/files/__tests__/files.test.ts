import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { requireContentOf } from '../content.ts';
import { requireFileName } from '../names.ts';
import { spool, TooLarge } from '../spool.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guantong-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, body: Buffer | string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, body);
  return file;
};

describe('file names', () => {
  it('accepts an ordinary name of an accepted type, and tells its extension', () => {
    expect(requireFileName('Scoring sheet 2024.XLSX')).toEqual({ name: 'Scoring sheet 2024.XLSX', extension: 'xlsx' });
    expect(requireFileName('任务书.md').extension).toBe('md');
  });

  it.each([
    ['../../etc/passwd.txt', /path separator/],
    ['guide/../../x.pdf', /path separator/],
    ['C:\\temp\\x.pdf', /path separator/],
    ['notes..md', /"\.\."/],
    ['.hidden.md', /start with a dot/],
    ['task\u0000book.md', /control characters/],
    ['task\nbook.md', /control characters/],
    [`${'a'.repeat(198)}.md`, /longer than 200/],
    ['setup.exe', /accepted types/],
    ['README', /accepted types/],
    ['', /file's name/],
  ])('refuses %j', (name, why) => {
    expect(() => requireFileName(name)).toThrow(why);
  });
});

describe('file content', () => {
  it('accepts UTF-8 text as .md and .txt, and refuses binary bytes or a binary format under a text name', async () => {
    await requireContentOf(write('a.md', '# 学习任务书\n'), 'md');
    await requireContentOf(write('a.txt', 'plain'), 'txt');
    await expect(requireContentOf(write('b.md', Buffer.from([0x66, 0x00, 0x67])), 'md')).rejects.toThrow(/not UTF-8 text/);
    await expect(requireContentOf(write('c.txt', Buffer.from([0xc3, 0x28])), 'txt')).rejects.toThrow(/not UTF-8 text/);
    await expect(requireContentOf(write('d.md', '%PDF-1.4\n%âãÏÓ\n'), 'md')).rejects.toThrow(/content is pdf/);
  });

  it('recognises a real xlsx, and refuses text or a PDF renamed to .xlsx', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Scores').addRow(['criterion', 'points']);
    const xlsx = write('s.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    await requireContentOf(xlsx, 'xlsx');
    await expect(requireContentOf(xlsx, 'docx')).rejects.toThrow(/content is xlsx/);
    await expect(requireContentOf(write('t.xlsx', 'criterion,points\n'), 'xlsx')).rejects.toThrow(/not a recognised format/);
    await expect(requireContentOf(write('u.pdf', '#!/bin/sh\nrm -rf /\n'), 'pdf')).rejects.toThrow(/not a recognised format/);
  });
});

describe('spooling an upload', () => {
  it('hashes and counts what it copies', async () => {
    const spooled = await spool(Readable.from([Buffer.from('abc')]), 10);
    expect(spooled).toMatchObject({ size: 3, sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' });
    expect(fs.readFileSync(spooled.file, 'utf8')).toBe('abc');
    await spooled.discard();
    expect(fs.existsSync(spooled.file)).toBe(false);
  });

  it('stops past the limit and leaves no file behind', async () => {
    const before = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('guantong-upload-')).length;
    await expect(spool(Readable.from([Buffer.alloc(6), Buffer.alloc(6)]), 10)).rejects.toBeInstanceOf(TooLarge);
    await expect(spool(Readable.from([]), 10, 11)).rejects.toBeInstanceOf(TooLarge);
    expect(fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('guantong-upload-')).length).toBe(before);
  });
});
