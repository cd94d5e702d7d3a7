/**
 * 1EdTech's Open Badges 3.0 JSON Schema for the AchievementCredential, shipped
 * in shared/schemas/ (see its README), compiled once with ajv's draft 2019-09
 * build. It checks the shape of a credential, never its signature.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2019 } from 'ajv/dist/2019.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { failed, passed, type CredentialCheck } from './checks.ts';

// ajv-formats is CommonJS: its default export arrives wrapped under Node's ESM loader.
// Stryker disable next-line LogicalOperator: under Node the module and its default are the same function.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule);

const SCHEMA_FILE = fileURLToPath(new URL('../../schemas/ob_v3p0_achievementcredential_schema.json', import.meta.url));

/** Compiled once, as the module loads: every error is reported, and the schema's own extensions are let through. */
function compile(): ValidateFunction {
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as object);
}

const validate = compile();

const MAX_REASONS = 3;

const describe = (e: ErrorObject): string => `${e.instancePath || '(the credential)'} ${e.message ?? 'is invalid'}`;

/** True when the credential says it is an Open Badges 3.0 achievement credential (the schema's own test). */
export function isOpenBadgeCredential(credential: Record<string, unknown>): boolean {
  const types = Array.isArray(credential.type) ? credential.type : [credential.type];
  return types.includes('OpenBadgeCredential') || types.includes('AchievementCredential');
}

/** Why the credential does not conform to the OB 3.0 schema; empty when it does. */
export function openBadgeSchemaErrors(credential: unknown): string[] {
  if (validate(credential)) return [];
  return [...new Set((validate.errors ?? []).map(describe))];
}

/** The `schema` check: the credential conforms to 1EdTech's OB 3.0 AchievementCredential schema. */
export function openBadgeSchemaCheck(credential: unknown): CredentialCheck {
  const errors = openBadgeSchemaErrors(credential);
  if (errors.length === 0) return passed('schema', "the credential conforms to 1EdTech's Open Badges 3.0 JSON Schema");
  const more = errors.length > MAX_REASONS ? ` and ${errors.length - MAX_REASONS} more` : '';
  return failed('schema', `the credential does not conform to 1EdTech's Open Badges 3.0 JSON Schema: ${errors.slice(0, MAX_REASONS).join('; ')}${more}`);
}
