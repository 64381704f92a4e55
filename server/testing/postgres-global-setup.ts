import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './throwaway-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL server the real-PostgreSQL suite runs on: TAL_TEST_DATABASE_URL, or a throwaway one. */
    postgresUrl: string;
  }
}

/**
 * Vitest's global setup: every `npm test` runs the server suites on PGlite and on a real PostgreSQL
 * server. TAL_TEST_DATABASE_URL names one; without it a throwaway server is started here, once for
 * the whole run, and stopped when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const named = process.env.TAL_TEST_DATABASE_URL;
  if (named) {
    project.provide('postgresUrl', named);
    return async () => {};
  }
  const server = await startThrowawayPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
