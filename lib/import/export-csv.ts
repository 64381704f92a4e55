import { ACCOUNT_FIELDS, type Account } from '../schema/account';
import { automaticField } from './column-plan';

/** Characters a spreadsheet reads as the start of a formula (or that hide one): such cells get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

/** One CSV cell, safe against formula injection (OWASP): `=HYPERLINK(…)` is written `'=HYPERLINK(…)`. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) text = value.join(';');
  else text = JSON.stringify(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (CRLF-terminated, as RFC 4180 and spreadsheets expect). */
export function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * The columns of an account export: canonical fields in spec order, then custom keys by their own
 * header, which re-import reads back into `custom` (a key that looks like a field gets `custom.`).
 */
export function exportColumns(fields: Iterable<string>, customKeys: Iterable<string>) {
  const present = new Set(fields);
  const canonical = ACCOUNT_FIELDS.filter((field) => field !== 'custom' && (present.has(field) || field === 'id' || field === 'name'));
  const custom = [...customKeys].map((key) => ({ key, header: automaticField(key) || key.startsWith('custom.') ? `custom.${key}` : key }));
  return { header: [...canonical, ...custom.map((c) => c.header)], canonical, custom };
}

/** The CSV lines of some accounts under the given columns. */
export function accountsToCsv(accounts: readonly Account[], columns: ReturnType<typeof exportColumns>): string {
  let text = '';
  for (const account of accounts) {
    const cells: unknown[] = columns.canonical.map((field) => account[field]);
    for (const { key } of columns.custom) cells.push(account.custom?.[key]);
    text += csvLine(cells);
  }
  return text;
}
