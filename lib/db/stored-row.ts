import type { z } from 'zod';
import { formatIssues } from '../schema/issues';

/** A row in IndexedDB that its schema refuses (written by an older version, or damaged): names the table and key. */
export class StoredRowError extends Error {
  override name = 'StoredRowError';
}

/** Checks a row read from IndexedDB; undefined stays undefined (no such row). */
export function parseStoredRow<S extends z.ZodType>(schema: S, row: unknown, table: string, key: unknown): z.infer<S> | undefined {
  if (row === undefined) return undefined;
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  throw new StoredRowError(`${table} ${JSON.stringify(key)}: stored row is not readable (${formatIssues(parsed.error).join('; ')})`);
}
