import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const published = path.join(root, 'gateway/api-schema.graphql');
const sdl = fs.readFileSync(published, 'utf8');

async function lint(text: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.schema.config.js') });
  const [result] = await eslint.lintText(text, { filePath: published });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

/** Drops the description just above the first line that matches. */
function undescribe(text: string, line: RegExp): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => line.test(l));
  let start = at - 1;
  if (lines[start].trim().endsWith('"""') && !/^\s*""".*"""\s*$/.test(lines[start])) while (!/^\s*"""/.test(lines[--start]));
  return [...lines.slice(0, start), ...lines.slice(at)].join('\n');
}

describe('the schema lint (npm run check:schema)', () => {
  it('passes on the published API schema', async () => {
    expect(await lint(sdl)).toEqual([]);
  }, 60_000);

  it('fails on a field, an argument and an enum value without a description', async () => {
    const bare = undescribe(undescribe(undescribe(sdl, /^ {2}colleges: \[College!\]!$/), /^ {2}HIGHER$/), /^\s+first: Int/);
    const messages = await lint(bare);
    expect(messages).toContainEqual('@graphql-eslint/require-description: Description is required for field "colleges" in type "Query"');
    expect(messages).toContainEqual(expect.stringMatching(/^@graphql-eslint\/require-description: Description is required for enum value "HIGHER"/));
    expect(messages).toContainEqual(expect.stringMatching(/^@graphql-eslint\/require-description: Description is required for input value "first"/));
  }, 60_000);
});
