/**
 * The same upload and download through the gateway with the hub configured for
 * an S3-compatible object store (OBJECT_STORE=s3), here a real s3rver on an
 * ephemeral port: the bytes land in the bucket, under the subgraph's prefix.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '@guantong/shared/testing';
import { startHub, type Hub } from '../helpers/hub.ts';

const kinds = await databaseKinds();

describe.each(kinds)('resource files in an S3-compatible store (%s)', (kind) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `guantong-s3-${kind}-`));
  const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: 'guantong' }] });
  let hub: Hub;
  let school: string;
  let tianyi: string;
  let college: string;

  beforeAll(async () => {
    const { port } = await s3.run();
    hub = await startHub(kind, { env: { OBJECT_STORE: 's3', S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_BUCKET: 'guantong', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' } });
    school = await hub.token({ role: 'SECONDARY_STAFF', org: 'sch-riverside', subject: 'teacher' });
    tianyi = await hub.token({ role: 'ENTERPRISE_STAFF', org: 'org-tianyi', subject: 'engineer' });
    college = await hub.token({ role: 'COLLEGE_STAFF', org: 'col-metro', subject: 'lecturer' });
  });
  afterAll(async () => {
    await hub?.stop();
    await s3.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores an upload in the bucket by its hash and serves it back counted', async () => {
    const created = await hub.query<{ createResourcePackage: { id: string } }>('mutation($input: CreateResourcePackageInput!) { createResourcePackage(input: $input) { id } }',
      { input: { moduleCode: 'X-NED-1-M3', agreementId: 'agr-net', title: 'Switch configuration guide', coAuthorId: 'org-tianyi' } }, school);
    const id = created.data!.createResourcePackage.id;
    const body = '# Training guide\n\nConfigure two VLANs and a trunk.\n';
    const hash = createHash('sha256').update(body).digest('hex');
    const uploaded = await fetch(new URL(`/files/secondary/packages/${id}/files?kind=TRAINING_GUIDE&name=guide.md`, hub.gateway.url), { method: 'POST', headers: { authorization: `Bearer ${school}` }, body });
    expect(uploaded.status).toBe(201);
    const { downloadPath } = await uploaded.json();
    expect(fs.readdirSync(dir, { recursive: true }).map(String).some((p) => p.includes(hash))).toBe(true);
    expect((await hub.query('mutation($id: ID!) { confirmResourcePackage(id: $id) { status } }', { id }, tianyi)).data).toEqual({ confirmResourcePackage: { status: 'PUBLISHED' } });
    const downloaded = await fetch(new URL(downloadPath, hub.gateway.url), { headers: { authorization: `Bearer ${college}` } });
    expect(await downloaded.text()).toBe(body);
    const read = await hub.query<{ resourcePackage: { downloads: number } }>('query($id: ID!) { resourcePackage(id: $id) { downloads } }', { id }, college);
    expect(read.data!.resourcePackage.downloads).toBe(1);
  });
});
