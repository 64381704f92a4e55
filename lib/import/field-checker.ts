import { AccountSchema } from '../schema/account';
import { CANONICAL_FIELDS } from './account-shape';

type Checked = { ok: true; value: unknown } | { ok: false; message: string };

/** Lookups after which a field whose values rarely repeat (ids, names) stops being remembered. */
const TRIAL = 2000;
const MAX_REMEMBERED = 4096;

/**
 * Checks one value with AccountSchema's own schema for its field (by index in CANONICAL_FIELDS). A
 * schema's answer depends on the value alone, so answers for repeating scalar values (industries,
 * countries, scores, dates) are remembered: most cells of a large file are then checked by one lookup.
 */
export function createFieldChecker() {
  const fields = CANONICAL_FIELDS.map((field) => ({
    schema: AccountSchema.shape[field],
    remembered: new Map<unknown, Checked>(),
    lookups: 0,
    hits: 0,
    remember: true,
  }));
  return function checkField(index: number, value: unknown): Checked {
    const field = fields[index] as (typeof fields)[number];
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
