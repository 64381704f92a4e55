/**
 * How rules read account values: what counts as missing, how text folds, and how numbers, dates
 * and yes/no answers are read from values that may come from a CSV column as text.
 */

export const DAY_MS = 86_400_000;

/** Missing per spec §3: undefined, null, blank text, or a list with no non-blank item. */
export function isMissing(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isMissing);
  return false;
}

/** Text as rules compare it: trimmed and case-folded. */
export function fold(text: string): string {
  return text.trim().toLowerCase();
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** A finite number, or text that is exactly one (custom columns arrive as text); otherwise undefined. */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return NUMERIC.test(trimmed) ? Number(trimmed) : undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Epoch milliseconds of an ISO 8601 date or date-time, or undefined.
 * A date or a date-time without an offset is read as UTC, so results never depend on the machine's zone.
 */
export function readDate(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const date = ISO_DATE.exec(text);
  if (date) {
    const [, y, m, d] = date.map(Number) as [number, number, number, number];
    const ms = Date.UTC(y, m - 1, d);
    // Date.UTC rolls 2026-02-31 over into March; such a date is no date.
    return new Date(ms).getUTCDate() === d ? ms : undefined;
  }
  if (!ISO_DATE_TIME.test(text)) return undefined;
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/i.test(text);
  const ms = Date.parse(hasOffset ? text : `${text}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

const YES = new Set(['true', 'yes', '1']);
const NO = new Set(['false', 'no', '0']);

/** A boolean, or text reading true/false/yes/no/1/0 (as CSV booleans do); otherwise undefined. */
export function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const folded = fold(value);
  return YES.has(folded) ? true : NO.has(folded) ? false : undefined;
}

/** Whole days from `at` back to `now` (negative for a date in the future). */
export function daysBefore(at: number, now: number): number {
  return Math.floor((now - at) / DAY_MS);
}
