import fs from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types for each subgraph, generated from its schema.graphql. Mappers
// point GraphQL types at the rows resolvers actually return; each subgraph keeps
// its own in src/mappers.json (paths relative to src/generated/).
const mappersOf = (name: string): Record<string, string> => {
  const file = `subgraphs/${name}/src/mappers.json`;
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
};

const subgraph = (name: string) => ({
  [`subgraphs/${name}/src/generated/resolvers.ts`]: {
    schema: `subgraphs/${name}/src/schema.graphql`,
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useIndexSignature: true,
      contextType: '../context.ts#Context',
      mappers: mappersOf(name),
      // The date scalars travel as the strings the hub stores (shared/src/scalars.ts).
      scalars: { Date: 'string', DateTime: 'string', LearnerId: 'string' },
      enumsAsTypes: true,
      avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      maybeValue: 'T | null',
      inputMaybeValue: 'T | null | undefined',
      useTypeImports: true,
    },
  },
});

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    ...subgraph('secondary'),
    ...subgraph('college'),
    ...subgraph('enterprise'),
  },
};
export default config;
