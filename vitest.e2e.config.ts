import { defineConfig } from 'vitest/config';

/** Browser end-to-end tests: real Chromium against the built app; one file at a time. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // One production build for all files, served by each (tests/e2e/support/server.ts).
    globalSetup: ['tests/e2e/support/build-once.ts'],
  },
});
