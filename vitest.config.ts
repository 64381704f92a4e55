import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests: node by default; files that render React opt into happy-dom
// with a `// @vitest-environment happy-dom` comment.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: ['default', './test/no-skips-reporter.ts'],
    include: ['test/unit/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
    setupFiles: ['test/unit/setup.ts'],
    // A real PostgreSQL server for the server suites (TAL_TEST_DATABASE_URL, else a throwaway one).
    globalSetup: ['server/testing/postgres-global-setup.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
