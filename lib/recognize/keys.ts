import { getDomain, parse } from 'tldts';
import type { Account } from '../schema/account';

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

/** Hosting platforms whose tenants are companies of their own but which the PSL lacks. */
export const EXTRA_PLATFORM_SUFFIXES = ['my.site.com', 'substack.com', 'wordpress.com', 'hs-sites.com'];

/**
 * The registrable domain of a URL, host or bare domain (spec §4): lower-case ASCII, punycode for IDN,
 * private PSL suffixes included; null for IPs, localhost and anything without a public suffix.
 */
export function registrableDomain(input: string): string | null {
  let host = input.trim();
  if (host === '') return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(host) ? host : `http://${host}`);
    host = url.hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').toLowerCase();
  const info = parse(host, { allowPrivateDomains: true });
  if (info.isIp || !info.domain || !info.publicSuffix) return null;
  for (const suffix of EXTRA_PLATFORM_SUFFIXES) {
    if (host.endsWith(`.${suffix}`)) {
      const label = host
        .slice(0, -suffix.length - 1)
        .split('.')
        .pop();
      return label ? `${label}.${suffix}` : null;
    }
  }
  return getDomain(host, { allowPrivateDomains: true });
}

/** A Salesforce id as its case-sensitive 15-character form, so 15- and 18-character ids match. */
export function salesforceKey(id: string): string {
  const trimmed = id.trim();
  return /^[a-zA-Z0-9]{18}$/.test(trimmed) ? trimmed.slice(0, 15) : trimmed;
}

const LEGAL_FORMS = [
  'incorporated',
  'inc',
  'corporation',
  'corp',
  'company',
  'co',
  'llc',
  'l l c',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'ag',
  'sa',
  's a',
  'sas',
  'sarl',
  'bv',
  'b v',
  'nv',
  'oy',
  'oyj',
  'ab',
  'kk',
  'k k',
  'pty ltd',
  'pty',
  'srl',
  'spa',
  'se',
  'lp',
  'llp',
  'as',
  'asa',
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'ип',
  '有限公司',
  '股份有限公司',
  '有限责任公司',
  '株式会社',
  '合同会社',
];
const LEGAL_FORM_SET = new Set(LEGAL_FORMS);

/**
 * A company name folded for matching: case and punctuation folded, legal forms (Inc, GmbH, ООО, 有限公司,
 * 株式会社 …) dropped wherever they stand. `ООО «Ромашка»` and `Ромашка` give the same key.
 */
export function normalizeCompanyName(name: string): string {
  let text = name.normalize('NFKC').toLowerCase();
  // CJK legal forms are written without spaces: cut them off either end.
  for (const form of ['股份有限公司', '有限责任公司', '有限公司', '株式会社', '合同会社']) {
    if (text.endsWith(form)) text = text.slice(0, -form.length);
    if (text.startsWith(form)) text = text.slice(form.length);
  }
  const words = text
    .replace(/&/g, ' and ')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const kept = words.filter((w) => !LEGAL_FORM_SET.has(w));
  return (kept.length > 0 ? kept : words).join(' ');
}

/** A LinkedIn or Crunchbase slug, lower-case and trimmed of slashes. */
export function normalizeSlug(slug: string): string {
  return decodeURIComponentSafe(slug)
    .trim()
    .replace(/^\/+|\/+$/g, '')
    .toLowerCase();
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Every lookup key of an account, for building an index (in memory or in IndexedDB). */
export function accountKeys(account: Account): AccountKey[] {
  const keys: AccountKey[] = [];
  if (account.salesforceId) keys.push({ kind: 'crm-id', value: `salesforce:${salesforceKey(account.salesforceId)}` });
  if (account.hubspotId) keys.push({ kind: 'crm-id', value: `hubspot:${account.hubspotId.trim()}` });
  if (account.dynamicsId) keys.push({ kind: 'crm-id', value: `dynamics:${account.dynamicsId.trim().replace(/[{}]/g, '').toLowerCase()}` });
  if (account.pipedriveId) keys.push({ kind: 'crm-id', value: `pipedrive:${account.pipedriveId.trim()}` });
  if (account.zohoId) keys.push({ kind: 'crm-id', value: `zoho:${account.zohoId.trim()}` });
  const domain = account.domain ? registrableDomain(account.domain) : null;
  if (domain) keys.push({ kind: 'domain', value: domain });
  for (const alias of account.aliases ?? []) {
    const aliasDomain = registrableDomain(alias);
    if (aliasDomain && aliasDomain !== domain) keys.push({ kind: 'alias', value: aliasDomain });
  }
  if (account.linkedinSlug) keys.push({ kind: 'slug', value: `linkedin:${normalizeSlug(account.linkedinSlug)}` });
  if (account.crunchbaseSlug) keys.push({ kind: 'slug', value: `crunchbase:${normalizeSlug(account.crunchbaseSlug)}` });
  const name = normalizeCompanyName(account.name);
  if (name) keys.push({ kind: 'name', value: name });
  return keys;
}
