/** What every object store must do, run against each implementation on real storage. */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { contentKey, type ObjectStore } from '../store.ts';

async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const blob = (text: string) => {
  const body = Buffer.from(text);
  return { body, key: contentKey(createHash('sha256').update(body).digest('hex')) };
};

/** Registers the shared cases; `store()` gives the store under test. */
export function storeContract(store: () => ObjectStore): void {
  it('keeps a blob put from a stream, with its content type and size', async () => {
    const { body, key } = blob('# Learning task book\n\nConfigure the VLANs of the lab network.\n');
    await store().put(key, Readable.from([body.subarray(0, 10), body.subarray(10)]), { size: body.length, contentType: 'text/markdown; charset=utf-8' });
    expect(await store().head(key)).toEqual({ size: body.length, contentType: 'text/markdown; charset=utf-8' });
    expect((await read((await store().get(key))!)).equals(body)).toBe(true);
  });

  it('answers null for a key it does not hold, and deletes what it holds', async () => {
    const { body, key } = blob('scoring sheet v1');
    expect(await store().head(key)).toBeNull();
    expect(await store().get(key)).toBeNull();
    await store().put(key, body, { size: body.length, contentType: 'text/plain; charset=utf-8' });
    expect(await store().head(key)).not.toBeNull();
    await store().delete(key);
    expect(await store().head(key)).toBeNull();
    expect(await store().get(key)).toBeNull();
    // Deleting twice is not an error.
    await store().delete(key);
  });

  it('takes the same blob put twice at once (two uploads of equal bytes) and keeps it whole', async () => {
    const { body, key } = blob('x'.repeat(100_000));
    const info = { size: body.length, contentType: 'text/plain; charset=utf-8' };
    await Promise.all([store().put(key, Readable.from([body]), info), store().put(key, Readable.from([body]), info)]);
    expect(await store().head(key)).toEqual(info);
    expect((await read((await store().get(key))!)).equals(body)).toBe(true);
  });

  it('refuses keys it did not make: a climb out of its folder, or a leading slash', async () => {
    const body = Buffer.from('x');
    for (const key of ['../escape', 'sha256/../../etc/passwd', '/absolute', 'Upper/Case', 'a//b']) {
      await expect(store().put(key, body, { size: 1, contentType: 'text/plain' })).rejects.toThrow(/not a hub-made key/);
    }
  });
}
