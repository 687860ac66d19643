import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
    environment: 'node',
    // Timeouts only catch hangs (speed budgets live in npm run bench): a few tests spawn a CLI or
    // parse hostile files, which takes seconds on a loaded 2-core machine.
    testTimeout: 30_000,
    setupFiles: ['tests/setup/fail-on-console-error.ts'],
  },
});
