/**
 * Shared resource packages through the gateway: a school and an enterprise
 * co-author a package, upload its files as versions over HTTP, the enterprise
 * alone publishes it, and the agreement's college finds and downloads it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();
const MAX_BYTES = 64 * 1024;
const PACKAGE_FIELDS = 'id status authorId coAuthorId agreementId confirmedAt downloads module { code } files { totalCount nodes { id kind name version size sha256 uploaderId downloads downloadPath contentType versions { nodes { version downloads } } } }';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** `total` bytes of Markdown in 8 KiB chunks, as a stream with no length known in advance. */
function chunks(total: number): ReadableStream {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += 8192;
      controller.enqueue(new TextEncoder().encode('y'.repeat(8192)));
    },
  });
}

function filesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe.each(kinds)('shared resource packages (%s)', (kind) => {
  const objects = path.join(os.tmpdir(), `guantong-objects-${process.pid}-${kind}`);
  let hub: Hub;
  const tokens: Record<string, string> = {};
  let packageId: string;
  const url = (p: string) => new URL(p, hub.gateway.url).toString();

  const upload = async (who: string, params: Record<string, string>, body: Buffer | string | ReadableStream, id = packageId) => {
    // A stream is sent chunked, with no declared length: the limit is then found while reading.
    const streamed = body instanceof ReadableStream ? { duplex: 'half' } : {};
    const response = await fetch(url(`/files/secondary/packages/${id}/files?${new URLSearchParams(params)}`), { method: 'POST', headers: { authorization: `Bearer ${tokens[who]}` }, body: body as BodyInit, ...streamed });
    return { status: response.status, body: await response.json() };
  };
  const read = async (who: string, id = packageId) => (await hub.query<{ resourcePackage: Record<string, unknown> | null }>(`query($id: ID!) { resourcePackage(id: $id) { ${PACKAGE_FIELDS} } }`, { id }, tokens[who])).data?.resourcePackage;
  const listed = async (who: string) => {
    const reply = await hub.query<{ resourcePackages: { totalCount: number }; certificateModules: { nodes: { code: string; resourcePackages: { totalCount: number } }[] } }>(
      '{ resourcePackages(moduleCode: "X-NED-1-M1", agreementId: "agr-net") { totalCount } certificateModules(standardCode: "X-NED-1") { nodes { code resourcePackages { totalCount } } } }', {}, tokens[who]);
    expect(reply.errors).toBeUndefined();
    return [reply.data!.resourcePackages.totalCount, reply.data!.certificateModules.nodes.find((m) => m.code === 'X-NED-1-M1')!.resourcePackages.totalCount];
  };
  const versionRows = async () => Number((await hub.databases.secondary.dataSource.query('SELECT COUNT(*) AS n FROM resource_file_version'))[0].n);
  const confirm = (who: string) => hub.query('mutation($id: ID!) { confirmResourcePackage(id: $id) { status confirmedAt } }', { id: packageId }, tokens[who]);

  beforeAll(async () => {
    hub = await startHub(kind, { env: { OBJECT_STORE_DIR: objects, RESOURCE_MAX_BYTES: String(MAX_BYTES) } });
    const staff = { school: ['SECONDARY_STAFF', 'sch-riverside'], college: ['COLLEGE_STAFF', 'col-metro'], tianyi: ['ENTERPRISE_STAFF', 'org-tianyi'], huadong: ['ENTERPRISE_STAFF', 'org-huadong'], hillview: ['SECONDARY_STAFF', 'sch-hillview'] } as const;
    for (const [who, [role, org]] of Object.entries(staff)) tokens[who] = await hub.token({ role, org, subject: `${who}-teacher` });
    tokens.admin = await hub.token({ role: 'ADMIN', subject: 'hub-admin' });
    const created = await hub.query<{ createResourcePackage: { id: string; status: string } }>(
      'mutation($input: CreateResourcePackageInput!) { createResourcePackage(input: $input) { id status authorId coAuthorId } }',
      { input: { moduleCode: 'X-NED-1-M1', agreementId: 'agr-net', title: 'Cabling and device basics: task book, guide and scoring sheet', coAuthorId: 'org-tianyi' } }, tokens.school);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createResourcePackage).toMatchObject({ status: 'DRAFT', authorId: 'sch-riverside', coAuthorId: 'org-tianyi' });
    packageId = created.data!.createResourcePackage.id;
  });
  afterAll(async () => {
    await hub?.stop();
    fs.rmSync(objects, { recursive: true, force: true });
  });

  it('refuses a package for an agreement the author is not party to, or with a co-author that is no enterprise', async () => {
    const create = (input: Record<string, string>, who = 'hillview') => hub.query('mutation($input: CreateResourcePackageInput!) { createResourcePackage(input: $input) { id } }', { input: { moduleCode: 'X-NED-1-M1', title: 't', ...input } }, tokens[who]);
    expect((await create({ agreementId: 'agr-net', coAuthorId: 'org-tianyi' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await create({ agreementId: 'agr-net', coAuthorId: 'org-zhongxin' }, 'school')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await create({ agreementId: 'agr-net', coAuthorId: 'org-tianyi' }, 'admin')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps a draft from the other institutions until the enterprise confirms it', async () => {
    // The demo's own published package of X-NED-1-M1 is seen by all three; the new draft by its co-authors only.
    expect(await listed('school')).toEqual([2, 2]);
    expect(await listed('tianyi')).toEqual([2, 2]);
    expect(await listed('college')).toEqual([1, 1]);
    expect(await read('college')).toBeNull();
    expect(await read('hillview')).toBeNull();
    expect((await upload('college', { kind: 'LEARNING_TASK_BOOK', name: 'task-book.md' }, '# x\n')).status).toBe(404);
    // Nothing to vouch for yet: an empty package is not confirmed.
    expect((await confirm('tianyi')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('adds a version with every upload, from either co-author', async () => {
    const first = await upload('school', { kind: 'LEARNING_TASK_BOOK', name: 'task-book.md' }, '# Learning task book\n\nTerminate four Cat6 cables.\n');
    expect(first).toMatchObject({ status: 201, body: { version: 1, kind: 'LEARNING_TASK_BOOK', uploaderId: 'sch-riverside', contentType: 'text/markdown; charset=utf-8' } });
    const text = '# Learning task book (v2)\n\nTerminate four Cat6 cables and test them.\n';
    const second = await upload('school', { kind: 'LEARNING_TASK_BOOK', name: '学习任务书.md' }, text);
    expect(second).toMatchObject({ status: 201, body: { id: first.body.id, version: 2, name: '学习任务书.md', size: Buffer.byteLength(text), sha256: sha256(Buffer.from(text)) } });
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Scoring').addRows([['criterion', 'points'], ['cable test passes', 40]]);
    const sheet = await upload('tianyi', { kind: 'SCORING_SHEET', name: 'scoring-sheet.xlsx' }, Buffer.from(await book.xlsx.writeBuffer()));
    expect(sheet).toMatchObject({ status: 201, body: { version: 1, uploaderId: 'org-tianyi' } });
    const pkg = (await read('tianyi'))!;
    expect((pkg.files as { nodes: unknown[] }).nodes).toMatchObject([
      { kind: 'LEARNING_TASK_BOOK', version: 2, name: '学习任务书.md', versions: { nodes: [{ version: 2 }, { version: 1 }] } },
      { kind: 'SCORING_SHEET', version: 1, uploaderId: 'org-tianyi', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    ]);
  });

  it.each([
    ['a file over the size limit', { kind: 'TRAINING_GUIDE', name: 'guide.md' }, 'x'.repeat(MAX_BYTES + 1), 413, 'PAYLOAD_TOO_LARGE'],
    ['a file over the size limit sent without its length', { kind: 'TRAINING_GUIDE', name: 'guide.md' }, 'chunked', 413, 'PAYLOAD_TOO_LARGE'],
    ['an unknown type', { kind: 'TRAINING_GUIDE', name: 'guide.exe' }, 'MZ', 400, 'BAD_USER_INPUT'],
    ['text named .pdf', { kind: 'TRAINING_GUIDE', name: 'guide.pdf' }, 'not a pdf', 400, 'BAD_USER_INPUT'],
    ['a name climbing out of its folder', { kind: 'TRAINING_GUIDE', name: '../../guide.md' }, '# g', 400, 'BAD_USER_INPUT'],
    ['a name with a path', { kind: 'TRAINING_GUIDE', name: 'docs/guide.md' }, '# g', 400, 'BAD_USER_INPUT'],
    ['a hidden name', { kind: 'TRAINING_GUIDE', name: '.guide.md' }, '# g', 400, 'BAD_USER_INPUT'],
    ['a control character', { kind: 'TRAINING_GUIDE', name: 'gui\rde.md' }, '# g', 400, 'BAD_USER_INPUT'],
    ['an unknown kind', { kind: 'SLIDES', name: 'guide.md' }, '# g', 400, 'BAD_USER_INPUT'],
  ])('refuses %s and writes nothing', async (_what, params, body, status, code) => {
    const [rows, stored] = [await versionRows(), filesIn(objects).length];
    const refused = await upload('school', params, body === 'chunked' ? chunks(MAX_BYTES * 4) : body);
    expect(refused.status).toBe(status);
    expect(refused.body.errors[0].extensions.code).toBe(code);
    expect([await versionRows(), filesIn(objects).length]).toEqual([rows, stored]);
  });

  it('takes the confirmation from the enterprise co-author only: the author and an administrator cannot forge it', async () => {
    for (const who of ['school', 'admin']) expect((await confirm(who)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await confirm('huadong')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await read('school'))!.status).toBe('DRAFT');
    expect((await confirm('tianyi')).data).toMatchObject({ confirmResourcePackage: { status: 'PUBLISHED' } });
    expect((await confirm('tianyi')).errors?.[0].extensions?.code).toBe('CONFLICT');
    const trail = await hub.databases.secondary.dataSource.query(`SELECT action, organization_id FROM resource_audit WHERE action IN ('CREATE', 'CONFIRM') AND package_id = ${Number(packageId)} ORDER BY id`);
    expect(trail).toEqual([{ action: 'CREATE', organization_id: 'sch-riverside' }, { action: 'CONFIRM', organization_id: 'org-tianyi' }]);
    // The trail is append-only, whatever code writes to the database.
    await expect(hub.databases.secondary.dataSource.query("UPDATE resource_audit SET organization_id = 'org-huadong'")).rejects.toThrow(/append-only/);
    await expect(hub.databases.secondary.dataSource.query('DELETE FROM resource_audit')).rejects.toThrow(/append-only/);
  });

  it('shares the published package with the agreement’s college, counts its downloads, and freezes its files', async () => {
    expect(await listed('college')).toEqual([2, 2]);
    expect(await listed('hillview')).toEqual([0, 0]);
    const files = ((await read('college'))!.files as { nodes: { id: string; downloadPath: string }[] }).nodes;
    const get = (p: string, who = 'college') => fetch(url(p), { headers: { authorization: `Bearer ${tokens[who]}` } });
    const latest = await get(files[0].downloadPath);
    expect(latest.status).toBe(200);
    const bytes = Buffer.from(await latest.arrayBuffer());
    expect(bytes.toString()).toContain('(v2)');
    expect(latest.headers.get('x-checksum-sha256')).toBe(sha256(bytes));
    expect(latest.headers.get('content-disposition')).toContain("filename*=UTF-8''%E5%AD%A6");
    expect((await get(files[0].downloadPath)).status).toBe(200);
    expect((await get(`/files/secondary/files/${files[0].id}/versions/1`)).status).toBe(200);
    expect((await get(files[0].downloadPath, 'hillview')).status).toBe(404);
    expect((await get(`/files/secondary/files/${files[0].id}/versions/9`)).status).toBe(404);
    const pkg = (await read('college'))!;
    expect(pkg.downloads).toBe(3);
    expect((pkg.files as { nodes: unknown[] }).nodes[0]).toMatchObject({ downloads: 2, versions: { nodes: [{ version: 2, downloads: 2 }, { version: 1, downloads: 1 }] } });
    const trail = await hub.databases.secondary.dataSource.query(`SELECT COUNT(*) AS n FROM resource_audit WHERE action = 'DOWNLOAD' AND organization_id = 'col-metro' AND package_id = ${Number(packageId)}`);
    expect(Number(trail[0].n)).toBe(3);
    expect((await upload('school', { kind: 'TRAINING_GUIDE', name: 'guide.md' }, '# guide')).status).toBe(409);
  });

  it('reads any number of packages, files and versions in the same number of SQL statements', async () => {
    const query = '{ certificateModules(standardCode: "X-NED-1") { nodes { resourcePackages { nodes { downloads files { nodes { downloads versions { nodes { version downloads } } } } } } } } }';
    const cost = async () => {
      const before = hub.statementCount();
      const reply = await hub.query(query, {}, tokens.college);
      expect(reply.errors).toBeUndefined();
      return hub.statementCount() - before;
    };
    const few = await cost();
    // Copy every published package, with its files and versions, onto each module: twice the rows.
    const db = hub.databases.secondary.dataSource;
    for (const pkg of await db.query("SELECT * FROM resource_package WHERE status = 'PUBLISHED'")) {
      const { id, ...rest } = pkg as Record<string, unknown>;
      const copy = Number((await db.getRepository('ResourcePackage').insert(db.getRepository('ResourcePackage').create(
        Object.fromEntries(Object.entries(rest).map(([k, v]) => [k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()), v])),
      ))).identifiers[0].id);
      for (const file of await db.query(`SELECT * FROM resource_file WHERE package_id = ${Number(id)}`)) {
        const fileCopy = Number((await db.getRepository('ResourceFile').insert({ packageId: copy, kind: file.kind, latestVersion: file.latest_version })).identifiers[0].id);
        await db.query(`INSERT INTO resource_file_version (file_id, version, name, content_type, size, sha256, object_key, uploaded_at, uploader_id, uploaded_by)
          SELECT ${fileCopy}, version, name, content_type, size, sha256, object_key, uploaded_at, uploader_id, uploaded_by FROM resource_file_version WHERE file_id = ${Number(file.id)}`);
      }
    }
    expect(await cost()).toBe(few);
  });
});
