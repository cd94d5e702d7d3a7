// Mutation testing of the domain modules: `npm run test:mutation`.
// scripts/mutation.ts runs Stryker with this configuration, then holds each
// module to its threshold (see README, Contributing).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  mutate: [
    'shared/src/clock.ts',
    'shared/src/names.ts',
    'shared/src/policy.ts',
    'shared/src/terms.ts',
    'shared/src/validation.ts',
    'subgraphs/college/src/credit-bank/conflicts.ts',
    'subgraphs/college/src/credit-bank/evaluate.ts',
    'subgraphs/college/src/credit-bank/limits.ts',
    'subgraphs/college/src/credit-bank/match.ts',
    'subgraphs/college/src/decisions/explain.ts',
    'subgraphs/college/src/decisions/requirement-versions.ts',
    'subgraphs/college/src/evidence/evidence.ts',
    'subgraphs/college/src/evidence/existing.ts',
    'subgraphs/college/src/mutations/consent-authority.ts',
    'subgraphs/college/src/progression/evaluate.ts',
    'subgraphs/college/src/reviews/detect.ts',
    'subgraphs/college/src/access/age.ts',
    'subgraphs/enterprise/src/agreements/rules.ts',
    // ladder.ts also reads the database: only its pure requirementChain is mutated.
    'subgraphs/enterprise/src/prerequisites/ladder.ts:22-45',
    'subgraphs/enterprise/src/recognition/paths.ts',
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
