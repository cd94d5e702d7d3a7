/**
 * In-process composition of the subgraph SDLs with @apollo/composition. The
 * supergraph names the default subgraph URLs; the gateway overrides them from config.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { Supergraph, printSchema as printFederationSchema } from '@apollo/federation-internals';
import { buildSchema, lexicographicSortSchema, parse, printSchema } from 'graphql';
import { SUBGRAPH_NAMES, loadConfig } from '@guantong/shared/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const supergraphPath = path.join(root, 'gateway/supergraph.graphql');
/** The published contract: what clients may ask, without the federation machinery. */
export const apiSchemaPath = path.join(root, 'gateway/api-schema.graphql');

export function subgraphSchemaPath(name: string): string {
  return path.join(root, 'subgraphs', name, 'src/schema.graphql');
}

/** Composes the supergraph SDL, throwing with every composition error listed. */
export function composeSupergraph(): string {
  const defaults = loadConfig({});
  const result = composeServices(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: `http://127.0.0.1:${defaults.ports[name]}/graphql`,
      typeDefs: parse(fs.readFileSync(subgraphSchemaPath(name), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}

export function readSupergraph(): string {
  return fs.readFileSync(supergraphPath, 'utf8');
}

/**
 * The supergraph's API schema, as clients see it: no `@inaccessible` fields and
 * no `join__*` machinery. Types and fields are sorted, so the file changes only
 * when the contract does.
 */
export function apiSchemaOf(supergraphSdl: string): string {
  // Through SDL text: the federation library may load another copy of graphql-js than ours.
  const api = printFederationSchema(Supergraph.build(supergraphSdl).apiSchema());
  return printSchema(lexicographicSortSchema(buildSchema(api)));
}

export function readApiSchema(): string {
  return fs.readFileSync(apiSchemaPath, 'utf8');
}
