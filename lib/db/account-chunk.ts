import { parseAccountObject, parseAccountValues } from '../import/build-account';
import type { Account } from '../schema/account';
import { FIELD_NAMES } from '../schema/account-fields';
import type { AccountChunkRow } from './rows';
import { StoredRowError } from './stored-row';

/**
 * Accounts as stored in a chunk record (database v5 on): each account's JSON text, `storedAccountJson`.
 * Strings, which a parse worker posts to the writer and the writer puts into IndexedDB as they are
 * (V8 copies a string's characters whole, at the width it holds them: one byte a character only when
 * the text it was cut from is all Latin-1); reading an account parses one string of its chunk.
 */
export type StoredAccounts = Pick<AccountChunkRow, 'accounts'>;

/**
 * Where each field's value sits in a stored account's JSON array (database v4 on): the fields in the
 * order of the field table (lib/schema/account-fields.ts), then `custom`, always last. A field added to
 * the table is added before `custom` in new arrays; an array written before it is shorter, and is
 * read by its own length (custom its last value, fields from the start), so no migration is needed.
 */
export const STORED_FIELDS = [...FIELD_NAMES, 'custom'] as const satisfies readonly (keyof Account)[];

export { storedAccountJson } from './stored-account-json.generated';

/**
 * The object a stored account's parsed JSON stands for: an array of the table's fields from the
 * start and `custom` last (nulls left out), however many fields the version that wrote it had;
 * anything else as it is, for the checks to refuse.
 */
export function storedAccountObject(parsed: unknown): unknown {
  if (!Array.isArray(parsed) || parsed.length < 2 || parsed.length > STORED_FIELDS.length) return parsed;
  const object: Record<string, unknown> = {};
  const fields = parsed.length - 1;
  for (let i = 0; i < fields; i++) if (parsed[i] !== null) object[FIELD_NAMES[i] as string] = parsed[i];
  if (parsed[fields] !== null) object.custom = parsed[fields];
  return object;
}

/** How many accounts a chunk holds. */
export const storedCount = (stored: StoredAccounts): number => stored.accounts.length;

/** The JSON text of account `k` of a chunk; undefined past its end. */
export function storedJson(stored: StoredAccounts, k: number): string | undefined {
  return k >= 0 && k < stored.accounts.length ? stored.accounts[k] : undefined;
}

/**
 * Account `k` of a chunk, checked as AccountSchema says, field by field (the chunk may have been
 * written by an older version); `where` names it in the error when it is missing or not readable.
 */
export function storedAccount(stored: StoredAccounts, k: number, where: string): Account {
  const json = storedJson(stored, k);
  if (json === undefined) throw new StoredRowError(`${where}: no account there`);
  const parsed: unknown = JSON.parse(json);
  // Ours: the array of values, checked as it is; anything else as the object it stands for (which refuses it).
  const account =
    Array.isArray(parsed) && parsed.length >= 2 && parsed.length <= STORED_FIELDS.length
      ? parseAccountValues(parsed)
      : parseAccountObject(storedAccountObject(parsed));
  if (!account) throw new StoredRowError(`${where}: stored account is not readable (${json.slice(0, 80)}…)`);
  return account;
}

/**
 * The id of an account stored as `json`, read from the JSON's start when it is ours (`["…",` — the
 * id comes first), else by parsing it all.
 */
export function storedAccountId(json: string): string {
  if (json.startsWith('["')) {
    let at = 2;
    while (at < json.length && json.charCodeAt(at) !== 34) at += json.charCodeAt(at) === 92 ? 2 : 1;
    if (at < json.length) return JSON.parse(json.slice(1, at + 1)) as string;
  }
  const account = storedAccountObject(JSON.parse(json)) as { id?: unknown } | null;
  return String(account?.id);
}
