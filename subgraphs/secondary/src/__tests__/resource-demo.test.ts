import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { requireContentOf } from '@guantong/shared/files/content';
import { requireFileName } from '@guantong/shared/files/names';
import { demoFiles } from '../resources/demo-files.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guantong-demo-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the demo resource files', () => {
  it('pass the checks an upload must pass: name, type from the content, size', async () => {
    const files = await demoFiles('X-NED-1-M2', 'Cabling and device installation');
    expect(files.map((f) => f.kind)).toEqual(['LEARNING_TASK_BOOK', 'TRAINING_GUIDE', 'SCORING_SHEET']);
    for (const file of files) {
      const { extension } = requireFileName(file.name);
      const on = path.join(dir, file.name);
      fs.writeFileSync(on, file.body);
      await requireContentOf(on, extension);
      expect(file.body.length).toBeLessThan(10 * 1024 * 1024);
    }
    expect(files[1].body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(files[0].body.toString()).toContain('X-NED-1-M2 Cabling and device installation');
  });

  it('are the same bytes every time they are made', async () => {
    const [a, b] = await Promise.all([demoFiles('X-NED-1-M1', 't'), demoFiles('X-NED-1-M1', 't')]);
    expect(a[1].body.equals(b[1].body)).toBe(true);
  });
});
