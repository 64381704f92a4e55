/** A timestamp column as ISO 8601 in UTC, whichever driver read it (a Date, or text). */
export function isoOf(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return new Date(String(value)).toISOString();
}

/** A timestamp column that may be null. */
export function isoOrUndefined(value: unknown): string | undefined {
  return value === null || value === undefined ? undefined : isoOf(value);
}

/** PostgreSQL's unique_violation, and the constraint it names, from either driver's error. */
export function uniqueViolation(error: unknown): string | undefined {
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown } | null;
  if (e?.code !== '23505') return undefined;
  if (typeof e.constraint === 'string') return e.constraint;
  // PGlite does not always fill `constraint`; the message names it in quotes.
  return typeof e.message === 'string' ? /"([^"]+)"/.exec(e.message)?.[1] : undefined;
}
