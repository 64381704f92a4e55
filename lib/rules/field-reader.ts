import type { Account } from '../schema/account';

/** Reads one field path of an account: a canonical field, or `custom.<header>`. */
export type FieldReader = (account: Account) => unknown;

const CUSTOM_PREFIX = 'custom.';

/** Header spelling as CSV header matching folds it (spec §1): case, spaces, `_` and `-` ignored. */
const looseHeader = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * A reader for a field path, built once per rule. `custom.<header>` reads `account.custom[header]`,
 * falling back to a header spelled differently (`custom.serves` finds a `Serves` column).
 */
export function fieldReader(path: string): FieldReader {
  if (!path.startsWith(CUSTOM_PREFIX)) {
    const field = path as keyof Account;
    return (account) => account[field];
  }
  const header = path.slice(CUSTOM_PREFIX.length);
  const loose = looseHeader(header);
  return (account) => {
    const custom = account.custom;
    if (custom === undefined) return undefined;
    if (Object.hasOwn(custom, header)) return custom[header];
    for (const key in custom) if (looseHeader(key) === loose) return custom[key];
    return undefined;
  };
}
