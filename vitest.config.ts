import { defineConfig } from 'vitest/config';

// Each test file gets its own database (see test/support/database.ts), so files run in parallel
// on both SQLite and PostgreSQL.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // .ci/run sums the SQLite and PostgreSQL runs from these reports.
    reporters: process.env.HERALD_TEST_REPORT
      ? ['default', ['json', { outputFile: process.env.HERALD_TEST_REPORT }]]
      : ['default'],
  },
});
