/**
 * Reads an upload into a private temporary file, hashing as it goes, and stops
 * reading as soon as it passes the size limit: only a whole, accepted file is
 * ever handed to the object store.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export class TooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`the file is larger than the ${maxBytes} bytes accepted`);
  }
}

export interface Spooled {
  file: string;
  size: number;
  sha256: string;
  /** Removes the temporary file (and its folder). */
  discard(): Promise<void>;
}

/** Copies `body` to a temporary file; rejects with TooLarge (the file removed) past `maxBytes`, or when `declaredLength` already says so. */
export async function spool(body: Readable, maxBytes: number, declaredLength?: number): Promise<Spooled> {
  // A declared length over the limit is refused before a byte is read.
  if (declaredLength !== undefined && declaredLength > maxBytes) throw new TooLarge(maxBytes);
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'guantong-upload-'));
  const file = path.join(dir, 'upload');
  const discard = () => fs.promises.rm(dir, { recursive: true, force: true });
  const hash = createHash('sha256');
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new TooLarge(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  // The body is piped, not pipelined: a refusal stops keeping it without destroying the connection, so the 413
  // still reaches the caller; what is still coming is read and dropped (the route closes the connection after answering).
  body.pipe(count);
  try {
    await pipeline(count, fs.createWriteStream(file, { mode: 0o600 }));
  } catch (err) {
    body.unpipe(count);
    body.resume();
    await discard();
    throw err;
  }
  return { file, size, sha256: hash.digest('hex'), discard };
}
