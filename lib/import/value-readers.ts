import { decodeHTMLStrict } from 'entities';
import { registrableDomain } from '../recognize/keys';
import { IsoDateSchema } from '../schema/account';
import { parseNumberText } from './number-text';

/** Why a cell could not be read. A class, so a read is told from a value with `instanceof` and no wrapper object per cell. */
export class ReadProblem {
  constructor(readonly message: string) {}
}

/** What reading one cell gave: the value, the problem, or null for an empty cell. */
export type ValueRead<T> = T | ReadProblem | null;

/** Placeholders that CRM exports write for "no value" in number, date and yes/no columns. */
const PLACEHOLDERS = new Set(['n/a', '#n/a', '-', '—', 'null']);
const isDigit = (code: number) => code >= 48 && code <= 57;
const PLAIN_INTEGER = /^\d{1,15}$/;
const PLAIN_ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function quoted(raw: unknown): string {
  const text = typeof raw === 'string' ? raw.trim() : JSON.stringify(raw);
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
}

/** A non-empty string from a cell or a JSON scalar; null for blanks and (in typed fields) placeholders. */
function scalarText(raw: unknown, allowPlaceholders: boolean): ValueRead<string> {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (typeof raw !== 'string') return new ReadProblem(`${quoted(raw)} is not a single value`);
  const text = raw.trim();
  if (text === '') return null;
  // Placeholders never start with a digit: most typed cells skip the lookup.
  if (!allowPlaceholders && !isDigit(text.charCodeAt(0)) && PLACEHOLDERS.has(text.toLowerCase())) return null;
  return text;
}

/** Text, trimmed, with HTML character references decoded (`Lowe&#8217;s` → `Lowe’s`). */
export function readText(raw: unknown): ValueRead<string> {
  const text = scalarText(raw, true);
  if (typeof text !== 'string') return text;
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/** A number, optionally whole and within bounds; the problem says which rule it broke. */
export function readNumber(raw: unknown, rules: { integer?: boolean; min?: number; max?: number } = {}): ValueRead<number> {
  let value: number | null;
  if (typeof raw === 'number') value = Number.isFinite(raw) ? raw : null;
  else {
    const text = scalarText(raw, false);
    if (typeof text !== 'string') return text;
    // Most exports write plain whole numbers: no need for the separators and currency rules.
    value = PLAIN_INTEGER.test(text) ? Number(text) : parseNumberText(text);
  }
  if (value === null) return new ReadProblem(`${quoted(raw)} is not a number`);
  if (rules.min !== undefined && value < rules.min) {
    return new ReadProblem(rules.min === 0 ? `${quoted(raw)} is negative` : `${quoted(raw)} is below ${rules.min}`);
  }
  if (rules.max !== undefined && value > rules.max) return new ReadProblem(`${quoted(raw)} is above ${rules.max}`);
  if (rules.integer && !Number.isInteger(value)) return new ReadProblem(`${quoted(raw)} is not a whole number`);
  return value;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

/** A yes/no value: true/false, yes/no, 1/0 in any case. */
export function readBoolean(raw: unknown): ValueRead<boolean> {
  if (typeof raw === 'boolean') return raw;
  const text = scalarText(raw, false);
  if (typeof text !== 'string') return text;
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return new ReadProblem(`${quoted(raw)} is not yes/no (use true/false, yes/no or 1/0)`);
}

/** A list: a JSON array, or text separated by `;` or `|`; blanks and repeats dropped. */
export function readList(raw: unknown): ValueRead<string[]> {
  let items: unknown[];
  if (Array.isArray(raw)) items = raw;
  else {
    const text = scalarText(raw, true);
    if (typeof text !== 'string') return text;
    items = text.split(/[;|]/);
  }
  const values: string[] = [];
  for (const item of items) {
    const read = readText(item);
    if (read === null) continue;
    if (read instanceof ReadProblem) return read;
    if (!values.includes(read)) values.push(read);
  }
  return values.length > 0 ? values : null;
}

const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SLASHED_ISO_DATE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const SPACED_DATE_TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?)$/;

const pad = (part: string) => part.padStart(2, '0');
const notADate = (raw: unknown) => new ReadProblem(`${quoted(raw)} is not a date (use ISO 8601, e.g. 2026-11-02)`);

/**
 * An ISO 8601 date or date-time. Also read, because exports write them and they are unambiguous:
 * `2026-11-02 14:30` (space for T), `02.11.2026` (day first) and `2026/11/02`. `11/02/2026` is not
 * read: month-first or day-first cannot be told apart.
 */
export function readDate(raw: unknown): ValueRead<string> {
  if (typeof raw === 'number') return notADate(raw);
  const text = scalarText(raw, false);
  if (typeof text !== 'string') return text;
  if (PLAIN_ISO_DATE.test(text)) return IsoDateSchema.safeParse(text).success ? text : notADate(raw);
  let iso = text;
  const dotted = DOTTED_DATE.exec(text);
  const slashed = SLASHED_ISO_DATE.exec(text);
  const spaced = SPACED_DATE_TIME.exec(text);
  if (dotted) iso = `${dotted[3]}-${pad(dotted[2] as string)}-${pad(dotted[1] as string)}`;
  else if (slashed) iso = `${slashed[1]}-${pad(slashed[2] as string)}-${pad(slashed[3] as string)}`;
  else if (spaced) iso = `${spaced[1]}T${spaced[2]}`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(iso)) iso += ':00';
  return IsoDateSchema.safeParse(iso).success ? iso : notADate(raw);
}

/**
 * The registrable domain of a website, URL, e-mail address or bare domain (`https://www.acme.de/` →
 * `acme.de`). A host under a suffix the Public Suffix List lacks (`soylent.example`, `intranet.corp`)
 * keeps its last two labels, the list's own default rule; IPs, `localhost` and words are no domain.
 */
export function domainOf(text: string): string | null {
  const domain = registrableDomain(text);
  if (domain) return domain;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
  if (!/^([a-z0-9-]+\.)+[a-z][a-z0-9-]*$/.test(host) || /^[\d.]+$/.test(host)) return null;
  return host.split('.').slice(-2).join('.');
}

/** A domain field: see {@link domainOf}. */
export function readDomain(raw: unknown): ValueRead<string> {
  const text = scalarText(raw, true);
  if (typeof text !== 'string') return text;
  return domainOf(text) ?? new ReadProblem(`${quoted(raw)} is not a website or domain`);
}

/** Other domains of the company: a list, each reduced to its registrable domain. */
export function readDomains(raw: unknown): ValueRead<string[]> {
  const list = readList(raw);
  if (list === null || list instanceof ReadProblem) return list;
  const domains: string[] = [];
  for (const item of list) {
    const domain = domainOf(item);
    if (!domain) return new ReadProblem(`${quoted(item)} is not a website or domain`);
    if (!domains.includes(domain)) domains.push(domain);
  }
  return domains;
}

/** A LinkedIn or Crunchbase slug, also read from a company page URL (`linkedin.com/company/acme/` → `acme`). */
export function readSlug(raw: unknown): ValueRead<string> {
  const text = readText(raw);
  if (typeof text !== 'string') return text;
  if (!text.includes('/')) return text;
  const fromUrl = /\/(?:company|organization|school|showcase)\/([^/?#]+)/i.exec(text);
  const slug = (fromUrl?.[1] ?? text).replace(/^\/+|\/+$/g, '');
  return slug === '' ? new ReadProblem(`${quoted(raw)} is not a company page or slug`) : slug;
}

/** A directory's numeric company id: digits, or the digits of a company page's URL (`linkedin.com/company/1441/` → `1441`). */
export function readNumericId(raw: unknown): ValueRead<string> {
  const text = readText(raw);
  if (typeof text !== 'string') return text;
  const id = /^\d+$/.test(text) ? text : /\/company\/(\d+)(?:[/?#]|$)/i.exec(text)?.[1];
  return id ?? new ReadProblem(`${quoted(raw)} is not a numeric company id`);
}
