import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Db } from '../db/types';
import { openTestDb, truncateAll } from './databases';
import { type Harness, harness } from './harness';

/**
 * Registers the hooks of one server suite on one database kind: the database is opened and
 * migrated once per file, emptied before each test, and the returned function gives the test's harness.
 */
export function useHarness(kind: Db['kind'], now?: string): () => Harness {
  let db: Db | undefined;
  let current: Harness | undefined;
  beforeAll(async () => {
    db = await openTestDb(kind);
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });
  beforeEach(async () => {
    if (db === undefined) throw new Error(`the ${kind} test database did not open`);
    await truncateAll(db);
    current = await harness(db, now);
  });
  return () => {
    if (current === undefined) throw new Error('the harness is only available inside a test');
    return current;
  };
}
