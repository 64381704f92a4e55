import { parse } from 'tldts';
import type { Account } from '../schema/account';
import { CRM_ID_SOURCES, SLUG_SOURCES } from '../schema/account-fields';
import { normalizeCompanyName } from './company-name';
import { platformTenantDomain } from './platform-suffixes';

export { normalizeCompanyName };

/** The kinds of key an account is found by, in the matching order of spec §4. */
export const MATCH_KINDS = ['crm-id', 'domain', 'alias', 'slug', 'name'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

/** One lookup key: `kind` plus a normalized `value` (e.g. `salesforce:001A000001NwRtl`). */
export type AccountKey = { kind: MatchKind; value: string };

/** Looks accounts up by normalized key. Implemented in memory (CLI, tests) and over Dexie (extension). */
export interface AccountIndex {
  /** Ids of the accounts that carry this key, in import order. */
  find(key: AccountKey): Promise<string[]>;
}

/** The CRMs (and directories with numeric ids) whose record ids accounts carry, with the field that holds each: from the field table. */
export { CRM_ID_SOURCES, SLUG_SOURCES };
export type CrmId = keyof typeof CRM_ID_SOURCES;
export type SlugSource = keyof typeof SLUG_SOURCES;

export { EXTRA_PLATFORM_SUFFIXES } from './platform-suffixes';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The registrable domain of a URL, host or bare domain (spec §4): lower-case ASCII, punycode for IDN,
 * private PSL suffixes included; null for IPs, localhost and anything without a known public suffix.
 * (It once kept its last answers in a module-level ring; timed again, 100,000 accounts read and keyed
 * in 1.9-2.2 s with it and without it, so it went.)
 */
export function registrableDomain(input: string): string | null {
  let host = input.trim().toLowerCase();
  if (host === '' || host.length > 2048) return null;
  // A bare ASCII host (what CRM exports mostly hold) needs no URL parsing; anything else is parsed as a browser would.
  if (!/^[a-z0-9.-]+$/.test(host)) {
    try {
      host = new URL(SCHEME.test(host) ? host : `http://${host}`).hostname;
    } catch {
      return null;
    }
  }
  host = host.replace(/\.$/, '');
  const info = parse(host, { allowPrivateDomains: true });
  // Unknown suffixes (`acme.local`, `intranet.corp`) are not on the public internet: no company domain.
  if (info.isIp || !info.domain || !(info.isIcann || info.isPrivate)) return null;
  const tenant = platformTenantDomain(host);
  return tenant === undefined ? info.domain : tenant;
}

const SALESFORCE_CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The three checksum characters Salesforce appends to a 15-character id to make it 18. */
export function salesforceChecksum(id15: string): string {
  let checksum = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let mask = 0;
    for (let bit = 0; bit < 5; bit++) if (/[A-Z]/.test(id15[chunk * 5 + bit] ?? '')) mask |= 1 << bit;
    checksum += SALESFORCE_CHECKSUM_ALPHABET[mask];
  }
  return checksum;
}

/**
 * A Salesforce id as its case-sensitive 15-character form, so 15- and 18-character ids match. The checksum
 * of an 18-character id records which letters are upper-case, so an id whose letters were all folded to
 * one case on the way (a spreadsheet, a case-insensitive tool) gets its case back.
 */
export function salesforceKey(id: string): string {
  const trimmed = id.trim();
  if (!/^[a-zA-Z0-9]{18}$/.test(trimmed)) return trimmed;
  const id15 = trimmed.slice(0, 15);
  const checksum = trimmed.slice(15).toUpperCase();
  const folded = !/[a-z]/.test(id15) || !/[A-Z]/.test(id15);
  if (!folded || salesforceChecksum(id15) === checksum) return id15;
  let restored = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    const mask = SALESFORCE_CHECKSUM_ALPHABET.indexOf(checksum[chunk] as string);
    if (mask < 0) return id15;
    for (let bit = 0; bit < 5; bit++) {
      const char = id15[chunk * 5 + bit] as string;
      restored += (mask >> bit) & 1 ? char.toUpperCase() : char.toLowerCase();
    }
  }
  return restored;
}

/** The lookup value of a CRM record id: `<crm>:<id>`, with each CRM's id normalized to one spelling. */
export function crmKey(crm: CrmId, id: string): string {
  return `${CRM_PREFIXES[crm]}${crmIdValue(crm, id)}`;
}

/** Each CRM's key prefix (`salesforce:`), made once. */
const CRM_PREFIXES = Object.fromEntries(Object.keys(CRM_ID_SOURCES).map((crm) => [crm, `${crm}:`])) as Record<CrmId, string>;

/** A CRM record id normalized to one spelling, without its `<crm>:` prefix (see crmKey). */
function crmIdValue(crm: CrmId, id: string): string {
  const trimmed = id.trim();
  switch (crm) {
    case 'salesforce':
      return salesforceKey(trimmed);
    case 'dynamics':
      return trimmed.replace(/[{}]/g, '').toLowerCase();
    case 'zoho':
      // Zoho's own exports write record ids as `zcrm_<id>`; its URLs carry the bare number.
      return trimmed.replace(/^zcrm_/i, '');
    default:
      return trimmed;
  }
}

const SLUG_PATH = /(?:^|\/)(?:sales\/company|company|school|showcase|organization)\/([^/?#]+)/i;

/**
 * A LinkedIn or Crunchbase slug, lower-case and trimmed of slashes. A whole profile URL, as CRM exports
 * often hold (`https://www.linkedin.com/company/acme-robotics/`), gives its slug.
 */
export function normalizeSlug(slug: string): string {
  if (/^[a-z0-9_-]+$/i.test(slug)) return slug.toLowerCase();
  const text = decodeURIComponentSafe(slug.trim()).replace(/[?#].*$/, '');
  const fromPath = text.includes('/') ? SLUG_PATH.exec(text)?.[1] : undefined;
  return (fromPath ?? text).replace(/^\/+|\/+$/g, '').toLowerCase();
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const CRM_ID_FIELDS = Object.entries(CRM_ID_SOURCES) as [CrmId, keyof Account][];
const SLUG_FIELDS = Object.entries(SLUG_SOURCES) as [SlugSource, keyof Account][];

/** Every lookup key of an account, for building an index (in memory or in IndexedDB); no key twice. */
export function accountKeys(account: Account): AccountKey[] {
  const keys: AccountKey[] = [];
  // An account has a dozen keys at most: a linear check is cheaper than a set over 100,000 accounts.
  forEachAccountKey(account, (kind, prefix, rest) => {
    const value = prefix + rest;
    if (!keys.some((key) => key.kind === kind && key.value === value)) keys.push({ kind, value });
  });
  return keys;
}

const SLUG_PREFIXES = Object.fromEntries(Object.keys(SLUG_SOURCES).map((source) => [source, `${source}:`])) as Record<SlugSource, string>;

/**
 * Hands each key of accountKeys() to `onKey`, in the same order, repeats included, as its kind and
 * its value in two parts (`prefix + rest`, e.g. `salesforce:` and the id). No key objects and no
 * joined strings: an import hashes the parts at once, a million accounts' worth, and a joined string
 * is a rope that V8 reads a character at a time slowly.
 */
export function forEachAccountKey(account: Account, onKey: (kind: MatchKind, prefix: string, rest: string) => void): void {
  // Plain loops and no closure: an import calls this a million times, and each allocation counts.
  for (let i = 0; i < CRM_ID_FIELDS.length; i++) {
    const source = CRM_ID_FIELDS[i] as [CrmId, keyof Account];
    const id = account[source[1]];
    if (typeof id === 'string' && id.trim()) onKey('crm-id', CRM_PREFIXES[source[0]], crmIdValue(source[0], id));
  }
  const domain = account.domain ? registrableDomain(account.domain) : null;
  if (domain) onKey('domain', '', domain);
  if (account.aliases) {
    for (const alias of account.aliases) {
      const aliasDomain = registrableDomain(alias);
      if (aliasDomain && aliasDomain !== domain) onKey('alias', '', aliasDomain);
    }
  }
  for (let i = 0; i < SLUG_FIELDS.length; i++) {
    const source = SLUG_FIELDS[i] as [SlugSource, keyof Account];
    const slug = account[source[1]];
    const normalized = typeof slug === 'string' ? normalizeSlug(slug) : '';
    if (normalized) onKey('slug', SLUG_PREFIXES[source[0]], normalized);
  }
  const name = normalizeCompanyName(account.name);
  if (name) onKey('name', '', name);
}
