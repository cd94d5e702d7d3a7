import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the portal, checked against the published API schema (never
// the supergraph, whose internal fields a client must not use). The same run
// writes the trusted-documents manifest the gateway's allowlist reads: each
// operation's text under the SHA-256 of that text, which is the only thing the
// portal sends.
const config: CodegenConfig = {
  overwrite: true,
  schema: '../gateway/api-schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      // Dates travel as ISO 8601 strings; JSON is whatever the field says it holds.
      config: { enumsAsTypes: true, useTypeImports: true, avoidOptionals: { field: true, inputValue: false }, scalars: { Date: 'string', DateTime: 'string', LearnerId: 'string', JSON: 'unknown' } },
    },
  },
};
export default config;
