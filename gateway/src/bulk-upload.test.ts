import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_DELEGATION_TRAILER } from '@guantong/shared/delegation';
import { LearnerSet } from '@guantong/shared/bulk/learner-set';
import { uploadWithDelegation } from './bulk-upload.ts';

/** A subgraph stand-in that keeps each upload's bytes and trailer. */
let server: http.Server;
let target: URL;
const received: { bytes: Buffer; trailer: string | undefined }[] = [];

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    received.push({ bytes: Buffer.concat(chunks), trailer: req.trailers[JOB_DELEGATION_TRAILER] });
    res.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  target = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/bulk/imports`);
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Uploads `bytes` in small chunks; answers what the subgraph received and the root the delegation was signed for. */
async function send(bytes: Buffer, format: string) {
  let root = '';
  const chunks = Array.from({ length: Math.ceil(bytes.length / 1000) }, (_, i) => bytes.subarray(i * 1000, (i + 1) * 1000));
  const response = await uploadWithDelegation(target, {}, Readable.from(chunks), async (learnersRoot) => ((root = learnersRoot), `delegation-for-${learnersRoot}`), format);
  response.resume();
  await new Promise((resolve) => response.on('end', resolve));
  return { ...received[received.length - 1], root };
}

describe('an upload’s job delegation names the learners of its file', () => {
  const inFile = ['GT2021000018', 'GT2021000026', 'GT202200001X'];

  it('of an XLSX workbook: the ids its cells name, read as the file streams by, which reaches the subgraph whole', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('awards');
    sheet.addRow(['studentId', 'holderName']);
    for (const id of inFile) sheet.addRow([id, '学生']);
    for (let i = 0; i < 2000; i++) sheet.addRow([inFile[i % 3], `学生${i}`]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const upload = await send(bytes, 'xlsx');
    expect(upload.bytes.equals(bytes)).toBe(true);
    expect(upload.root).toBe(new LearnerSet(inFile).root);
    expect(upload.trailer).toBe(`delegation-for-${upload.root}`);
  });

  it('of a file sent as XLSX that is not a workbook: no one, though its text names learners', async () => {
    const bytes = Buffer.from(`studentId\n${inFile.join('\n')}\n`);
    const upload = await send(bytes, 'xlsx');
    expect(upload.bytes.equals(bytes)).toBe(true);
    expect(upload.root).toBe(new LearnerSet([]).root);
    // The same bytes as CSV name them.
    expect((await send(bytes, 'csv')).root).toBe(new LearnerSet(inFile).root);
  });
});
