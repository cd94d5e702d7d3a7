/** The S3 store against a real S3-compatible HTTP server (s3rver), on an ephemeral port. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3Store } from '../s3-store.ts';
import { storeContract } from './store-contract.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guantong-s3-'));
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: 'resources' }] });
let store: ReturnType<typeof s3Store>;
let endpoint: string;
const storeAs = (accessKeyId: string) => s3Store({ endpoint, bucket: 'resources', region: 'us-east-1', credentials: { accessKeyId, secretAccessKey: 'S3RVER' }, forcePathStyle: true }, 'secondary');

beforeAll(async () => {
  endpoint = `http://127.0.0.1:${(await server.run()).port}`;
  // s3rver knows one account, S3RVER; the SDK signs every request (SigV4) with it.
  store = storeAs('S3RVER');
});
afterAll(async () => {
  store.client.destroy();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the S3-compatible object store', () => {
  storeContract(() => store);

  it('keeps objects under the subgraph prefix in the bucket', async () => {
    await store.put('sha256/cd/cdef', Buffer.from('guide'), { size: 5, contentType: 'text/plain' });
    const listed = await store.client.send(new ListObjectsV2Command({ Bucket: 'resources', Prefix: 'secondary/' }));
    expect(listed.Contents?.map((o) => o.Key)).toContain('secondary/sha256/cd/cdef');
  });

  // s3rver reads the signed Authorization header's key id but does not recompute SigV4 signatures, so the key id is what it can refuse.
  it('is refused by the service for credentials it does not know, and stores nothing', async () => {
    const stranger = storeAs('UNKNOWNKEY');
    await expect(stranger.put('sha256/ef/ef01', Buffer.from('x'), { size: 1, contentType: 'text/plain' })).rejects.toThrow(/Access Key Id/);
    stranger.client.destroy();
    expect(await store.head('sha256/ef/ef01')).toBeNull();
  });
});
