/**
 * Test support: validates a credential against 1EdTech's OB 3.0
 * AchievementCredential JSON Schema (shared/schemas/, draft 2019-09) with ajv.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its function is the module itself, or its `default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2019) => void;

const schema = JSON.parse(fs.readFileSync(fileURLToPath(new URL('../../schemas/ob_v3p0_achievementcredential_schema.json', import.meta.url)), 'utf8')) as object;
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The schema's complaints about `credential`, as "path: message" lines; empty when it conforms. */
export function obSchemaErrors(credential: unknown): string[] {
  if (validate(credential)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);
}
