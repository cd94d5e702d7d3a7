/**
 * The filesystem object store: each object is a file under the store's folder,
 * its content type in a sidecar file. A put writes to a temporary file and
 * renames it, so a reader never sees half an object.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { requireKey, type ObjectInfo, type ObjectStore } from './store.ts';

const TYPE_SUFFIX = '.content-type';

/** A store in `dir` (created on first write). */
export function filesystemStore(dir: string): ObjectStore {
  const fileOf = (key: string) => path.join(dir, ...requireKey(key).split('/'));
  const missing = (err: unknown) => (err as NodeJS.ErrnoException).code === 'ENOENT';
  return {
    async put(key, body, info) {
      const file = fileOf(key);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${randomUUID()}.part`;
      const typeTemporary = `${temporary}${TYPE_SUFFIX}`;
      try {
        await pipeline(Buffer.isBuffer(body) ? Readable.from([body]) : body, fs.createWriteStream(temporary));
        await fs.promises.writeFile(typeTemporary, info.contentType);
        // Both by rename: two writers of the same key (same bytes, by content address) never leave a half-written file.
        await fs.promises.rename(typeTemporary, file + TYPE_SUFFIX);
        await fs.promises.rename(temporary, file);
      } finally {
        await fs.promises.rm(temporary, { force: true });
        await fs.promises.rm(typeTemporary, { force: true });
      }
    },
    async get(key) {
      const file = fileOf(key);
      try {
        const handle = await fs.promises.open(file, 'r');
        return handle.createReadStream();
      } catch (err) {
        if (missing(err)) return null;
        throw err;
      }
    },
    async head(key): Promise<ObjectInfo | null> {
      const file = fileOf(key);
      try {
        const [stat, contentType] = await Promise.all([fs.promises.stat(file), fs.promises.readFile(file + TYPE_SUFFIX, 'utf8')]);
        return { size: stat.size, contentType };
      } catch (err) {
        if (missing(err)) return null;
        throw err;
      }
    },
    async delete(key) {
      const file = fileOf(key);
      await fs.promises.rm(file, { force: true });
      await fs.promises.rm(file + TYPE_SUFFIX, { force: true });
    },
  };
}
