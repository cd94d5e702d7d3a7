// Mutation testing of the domain modules: `npm run test:mutation`.
// scripts/mutation.ts runs Stryker with this configuration, then holds each
// module to its threshold (see README, Contributing).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  mutate: [
    'shared/src/policy.ts',
    'shared/src/validation.ts',
    'subgraphs/secondary/src/training/rules.ts',
  ],
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 95, low: 90, break: null },
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['data', 'reports', 'node_modules', '.stryker-tmp', 'test', 'docker'],
};
