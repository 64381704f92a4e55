import type { z } from 'zod';
import { ACCOUNT_VALUE_SCHEMAS, AccountSchema } from '../schema/account';
import { CANONICAL_FIELDS } from './account-shape';

type Checked = { ok: true; value: unknown } | { ok: false; message: string };

/** Lookups after which a field whose values rarely repeat (ids, names) stops being remembered. */
const TRIAL = 2000;
const MAX_REMEMBERED = 4096;

/** Gives up: the value goes to the schema itself. */
const ASK_SCHEMA = Symbol('ask the schema');

/**
 * What AccountSchema's shared value schemas give for a value they accept, computed without zod's
 * parse machinery (which allocates a context and result objects per value: at a million cells, the
 * largest part of an import's garbage). Each answers only when the value is plainly valid and then
 * exactly as the schema would (a test compares both over awkward values); anything else, including
 * every refusal, is asked of the schema, so messages stay zod's.
 */
const SHORTCUTS = new Map<z.ZodType, (value: unknown) => unknown>([
  [ACCOUNT_VALUE_SCHEMAS.text, (value) => (typeof value === 'string' ? trimmedText(value) : ASK_SCHEMA)],
  [
    ACCOUNT_VALUE_SCHEMAS.list,
    (value) => {
      if (!Array.isArray(value)) return ASK_SCHEMA;
      const items: string[] = [];
      for (const item of value) {
        const text = typeof item === 'string' ? trimmedText(item) : ASK_SCHEMA;
        if (text === ASK_SCHEMA) return ASK_SCHEMA;
        items.push(text);
      }
      return items;
    },
  ],
  [ACCOUNT_VALUE_SCHEMAS.count, (value) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : ASK_SCHEMA)],
  [ACCOUNT_VALUE_SCHEMAS.amount, (value) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : ASK_SCHEMA)],
  [ACCOUNT_VALUE_SCHEMAS.score, (value) => (typeof value === 'number' && value >= 0 && value <= 100 ? value : ASK_SCHEMA)],
]);

function trimmedText(value: string): string | typeof ASK_SCHEMA {
  const trimmed = value.trim();
  return trimmed === '' ? ASK_SCHEMA : trimmed;
}

/** The shortcut of a field's schema (`X.optional()` has X's: a value is never undefined here), or none. */
function shortcutOf(schema: z.ZodType): ((value: unknown) => unknown) | undefined {
  const inner = 'unwrap' in schema && typeof schema.unwrap === 'function' ? (schema.unwrap() as z.ZodType) : schema;
  return SHORTCUTS.get(inner);
}

/**
 * Checks one value with AccountSchema's own schema for its field (by index in CANONICAL_FIELDS). A value
 * its field's shared schema plainly accepts (text, lists, counts, amounts, scores) takes that schema's
 * shortcut. The rest go to zod; a schema's answer depends on the value alone, so its answers for
 * repeating scalar values (dates, picklists, yes/no, refused cells) are remembered, and a field whose
 * values do not repeat stops being remembered after a trial.
 */
export function createFieldChecker() {
  const fields = CANONICAL_FIELDS.map((field) => ({
    schema: AccountSchema.shape[field],
    shortcut: shortcutOf(AccountSchema.shape[field]),
    remembered: new Map<unknown, Checked>(),
    lookups: 0,
    hits: 0,
    remember: true,
  }));
  return function checkField(index: number, value: unknown): Checked {
    const field = fields[index] as (typeof fields)[number];
    // The shortcut first: it costs less than a lookup of a fresh cell's text (hashing it) in Chromium.
    const quick = field.shortcut ? field.shortcut(value) : ASK_SCHEMA;
    if (quick !== ASK_SCHEMA) return { ok: true, value: quick };
    const scalar = field.remember && typeof value !== 'object';
    if (scalar) {
      field.lookups++;
      const known = field.remembered.get(value);
      if (known) {
        field.hits++;
        return known;
      }
      if (field.lookups === TRIAL && field.hits < TRIAL / 2) field.remember = false;
    }
    const parsed = field.schema.safeParse(value);
    const checked: Checked = parsed.success
      ? { ok: true, value: parsed.data }
      : { ok: false, message: parsed.error.issues[0]?.message ?? 'not a valid value' };
    if (scalar && field.remember && field.remembered.size < MAX_REMEMBERED) field.remembered.set(value, checked);
    return checked;
  };
}

/**
 * A row's `custom` values checked as AccountSchema's `custom` (a record of anything by text key): a
 * plain object, as the row builder makes, is taken as it is (zod would copy it key by key, at every
 * row of a file with a custom column); anything else is asked of the schema.
 */
export function customShortcut(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return ASK_SCHEMA;
  return Object.hasOwn(value, '__proto__') ? ASK_SCHEMA : value;
}

/** The shortcut of each shared value schema, for the test that holds them to the schemas' own answers. */
export const shortcutsForTest = (): ReadonlyMap<z.ZodType, (value: unknown) => unknown> => SHORTCUTS;
export { ASK_SCHEMA };
