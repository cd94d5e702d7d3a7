import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesystemStore } from '../fs-store.ts';
import { storeContract } from './store-contract.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guantong-objects-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the filesystem object store', () => {
  storeContract(() => filesystemStore(dir));

  it('keeps every object inside its folder, named by its key', async () => {
    const store = filesystemStore(dir);
    await store.put('sha256/ab/abcdef', Buffer.from('hello'), { size: 5, contentType: 'text/plain' });
    expect(fs.readFileSync(path.join(dir, 'sha256', 'ab', 'abcdef'), 'utf8')).toBe('hello');
    // No temporary file is left behind.
    expect(fs.readdirSync(path.join(dir, 'sha256', 'ab')).sort()).toEqual(['abcdef', 'abcdef.content-type']);
  });
});
