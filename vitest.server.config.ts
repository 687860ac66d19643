import { defineConfig } from 'vitest/config';

/**
 * Team server tests (tests/server): on the embedded database by default, against a PostgreSQL
 * server when TEST_DATABASE_URL (or DATABASE_URL) is set. Files run one after another: each
 * holds a database, and the machine may have only two cores.
 */
export default defineConfig({
  test: {
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup/fail-on-console-error.ts'],
    globalSetup: ['tests/server/support/template.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
