import { ACCOUNT_FIELD_TABLE, type AccountField, FIELD_NAMES } from '../schema/account-fields';

/** A canonical account field a column can fill (`custom` is filled by the columns no field claims). */
export type { AccountField };

/** A header folded for matching: case, spaces, `_`, `-` and other punctuation ignored (`Billing State/Province` → `billingstateprovince`). */
export function foldHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Report and export headers name the object first (`Account: Account Name`, `Company: Website`).
 * Only the account's own object is stripped: `Contact: Phone` describes someone else and stays custom.
 */
export function stripObjectPrefix(header: string): string {
  return header.replace(/^\s*(account|company|organi[sz]ation)\s*[:.]\s*/i, '');
}

/** Folded header → field: every canonical name (so camelCase headers map to themselves) and every alias of the field table. */
export const FIELD_BY_FOLDED_HEADER: ReadonlyMap<string, AccountField> = new Map(
  FIELD_NAMES.flatMap((field) => {
    const aliases: readonly string[] = (ACCOUNT_FIELD_TABLE[field] as { aliases?: readonly string[] }).aliases ?? [];
    return [[foldHeader(field), field] as const, ...aliases.map((alias) => [alias, field] as const)];
  }),
);
