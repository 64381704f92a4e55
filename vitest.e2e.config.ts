import { defineConfig } from 'vitest/config';

// E2E: the built extension in Debian's Chromium through playwright-core (see test/e2e/harness.ts).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
