// Few rules, each with a reason: typescript-eslint's recommended set catches
// real bugs; the rest is left to the compiler's strict mode.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', '**/generated/**', 'coverage/', 'gateway/explorer-dist/', 'portal/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Underscore-prefixed names are deliberately unused (destructuring to drop a field).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Tests and scripts may print; services log through their logger.
      'no-console': 'off',
    },
  },
  {
    // The verify page's script runs in the browser, as a plain module with no build step.
    files: ['gateway/verify-page/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { document: 'readonly', location: 'readonly', fetch: 'readonly', URLSearchParams: 'readonly' } },
  },
  {
    // The explorer's browser code, bundled by esbuild (gateway/explorer/build.ts).
    files: ['gateway/explorer/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { document: 'readonly', fetch: 'readonly', Worker: 'readonly', globalThis: 'readonly', JSON: 'readonly' } },
  },
  {
    // Pages the browser tests serve from another origin: plain scripts, no build step.
    files: ['test/browser/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { document: 'readonly', location: 'readonly', fetch: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', JSON: 'readonly' } },
  },
  {
    // The container's healthcheck is a plain Node script, run with no build step.
    files: ['docker/**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { process: 'readonly', fetch: 'readonly', AbortSignal: 'readonly' } },
  },
);
