/**
 * Every operation the reference portal ships is one the gateway runs: valid
 * against the published API schema and within the operation limits (depth,
 * cost, aliases, tokens) the gateway enforces before asking any subgraph.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { describe, expect, it } from 'vitest';
import { armorConfig, LIMITS } from './limits.ts';
import { readManifest } from './trusted-documents.ts';

const root = path.resolve(import.meta.dirname, '../..');
const schema = buildSchema(fs.readFileSync(path.join(root, 'gateway/api-schema.graphql'), 'utf8'));
const documents = [...readManifest(path.join(root, 'portal/src/generated/persisted-documents.json')).values()];
const rules = [...specifiedRules, ...new ApolloArmor(armorConfig).protect().validationRules];

describe('the portal\'s trusted documents', () => {
  it('are the portal\'s operations, one per page concern', () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
  });

  it.each(documents.map((body) => [body.match(/^(query|mutation) (\w+)/)![2], body]))('%s is valid and within the gateway\'s limits', (_name, body) => {
    const errors = validate(schema, parse(body, { maxTokens: LIMITS.maxTokens }), rules as never);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
