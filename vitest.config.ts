import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests: node by default; files that render React opt into happy-dom
// with a `// @vitest-environment happy-dom` comment.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
    setupFiles: ['test/unit/setup.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
