/**
 * The narrow interface file contents are kept behind: put a blob by key, read
 * it back as a stream, ask whether it is there, delete it. The filesystem store
 * (demo, default) and the S3-compatible store implement it, so either can
 * replace the other without the callers knowing.
 */
import type { Readable } from 'node:stream';

export interface ObjectInfo {
  size: number;
  contentType: string;
}

export interface ObjectStore {
  /** Stores `body` under `key` (replacing any object there); `size` is the body's length in bytes. */
  put(key: string, body: Readable | Buffer, info: ObjectInfo): Promise<void>;
  /** The object's bytes, or null when there is none. */
  get(key: string): Promise<Readable | null>;
  /** The object's size and content type, or null when there is none. */
  head(key: string): Promise<ObjectInfo | null>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
}

// Keys are made by the hub (content addresses), never from a caller's file name.
const KEY = /^[a-z0-9]+(?:[/-][a-z0-9]+)*$/;

/** Refuses a key that is not lower-case letters, digits, `-` and `/` between them (so no `..`, no leading `/`). */
export function requireKey(key: string): string {
  if (!KEY.test(key) || key.length > 200) throw new Error(`object key "${key}" is not a hub-made key`);
  return key;
}

/** The content address of a blob: its SHA-256 in hex, fanned out by the first two characters. */
export function contentKey(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('a content key is made from a SHA-256 in hex');
  return `sha256/${sha256.slice(0, 2)}/${sha256}`;
}
