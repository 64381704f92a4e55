import { defineConfig } from 'vitest/config';

// E2E: the built extension in Chromium (Debian's, installed by the global setup where missing) through playwright-core (see test/e2e/harness.ts).
export default defineConfig({
  test: {
    reporters: ['default', './test/no-skips-reporter.ts'],
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
