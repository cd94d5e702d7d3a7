import { defineConfig } from 'vitest/config';

// Three projects: fast unit tests beside the code, end-to-end tests that start
// every service on ephemeral ports (both run against SQLite and MariaDB), and
// browser tests in Debian's Chromium. They share one global setup, which
// migrates each schema once per run for their fresh databases to copy.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/src/**/*.test.ts', 'subgraphs/*/src/**/*.test.ts', 'gateway/src/**/*.test.ts', 'portal/src/**/*.test.ts'],
          setupFiles: ['test/setup/clock.ts'],
          globalSetup: ['test/setup/databases.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // Each worker keeps its modules from one file to the next: importing
          // a subgraph again for every file cost more than many files' tests.
          // Every file opens and closes its own databases; the setup file pins
          // the clock again before each.
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.ts'],
          setupFiles: ['test/setup/clock.ts'],
          globalSetup: ['test/setup/databases.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // The files run one after another in one process that keeps its
          // modules: importing the whole hub again for every file cost more
          // than most files' tests. Each file starts and stops its own hubs.
          isolate: false,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.ts'],
          setupFiles: ['test/setup/clock.ts'],
          globalSetup: ['test/setup/databases.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
