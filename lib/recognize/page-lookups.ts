import {
  type AccountKey,
  CRM_ID_SOURCES,
  type CrmId,
  crmKey,
  MATCH_KINDS,
  type MatchKind,
  normalizeCompanyName,
  normalizeSlug,
  registrableDomain,
  SLUG_SOURCES,
  type SlugSource,
} from './keys';
import type { PageUrlInfo } from './recognition';
import type { PageSignals } from './signals/schema';
import { platformById } from './sources';

/** One key to look a page up by, with how sure a hit makes us before ambiguity is counted. */
export type PageLookup = AccountKey & { confidence: number };

/** Confidence of a hit by each kind of key read from the URL (spec §4 order). */
export const KIND_CONFIDENCE: Record<MatchKind, number> = { 'crm-id': 1, domain: 0.95, alias: 0.9, slug: 0.9, name: 0.6 };
/** What is read from the page's content rather than its URL counts a little less: a page may claim anything. A name is always read from content. */
export const CONTENT_DISCOUNT = 0.05;

/**
 * Every key a page can be looked up by, in the matching order of spec §4 (CRM id, domain, alias, slug,
 * name) and, within a kind, the URL's own keys before those read from the page's content.
 */
export function pageLookups(page: PageUrlInfo, signals: PageSignals | null): PageLookup[] {
  const lookups: PageLookup[] = [];
  const seen = new Set<string>();
  const add = (kind: MatchKind, value: string | null, fromContent: boolean) => {
    if (!value || seen.has(`${kind} ${value}`)) return;
    seen.add(`${kind} ${value}`);
    const confidence = KIND_CONFIDENCE[kind] - (fromContent && kind !== 'name' ? CONTENT_DISCOUNT : 0);
    lookups.push({ kind, value, confidence: Math.round(confidence * 100) / 100 });
  };
  const addDomain = (domain: string | null, fromContent: boolean) => {
    add('domain', domain, fromContent);
    add('alias', domain, fromContent);
  };
  const platform = platformById(page.source);
  const record = signals?.record ?? null;

  if (platform?.kind === 'crm' && page.recordId && page.objectType === 'account') add('crm-id', crmKey(platform.id, page.recordId), false);
  if (platform?.kind === 'crm' && record?.relatedAccount?.id) add('crm-id', crmKey(platform.id, record.relatedAccount.id), true);
  // A directory's numeric company id (LinkedIn's `/company/1441/`) is matched as a record id, against `linkedinId`.
  if (platform?.kind === 'directory' && page.recordId && Object.hasOwn(CRM_ID_SOURCES, platform.id)) {
    add('crm-id', crmKey(platform.id as CrmId, page.recordId), false);
  }

  addDomain(page.source === 'website' ? page.domain : null, false);
  if (record?.website) addDomain(registrableDomain(record.website), true);
  for (const url of page.source === 'website' ? siteUrls(signals) : []) addDomain(registrableDomain(url), true);

  if (platform?.kind === 'directory' && page.slug) add('slug', `${platform.id}:${page.slug}`, false);
  for (const url of page.source === 'website' ? (signals?.organizations.flatMap((o) => o.sameAs) ?? []) : []) {
    add('slug', directorySlug(url), true);
  }

  for (const name of companyNames(page, signals)) add('name', normalizeCompanyName(name), true);
  return sortByKind(lookups);
}

/** The company names a page gives, best first: the record's (or its related account's), JSON-LD, og:site_name. */
export function companyNames(page: PageUrlInfo, signals: PageSignals | null): string[] {
  if (!signals) return [];
  const names: (string | null | undefined)[] = [];
  const record = signals.record;
  if (page.source !== 'website') {
    const isCompany = page.objectType === 'account';
    names.push(isCompany ? record?.name : null, record?.relatedAccount?.name);
  } else {
    for (const organization of ownOrganizationsFirst(page, signals)) names.push(organization.name, organization.legalName);
    names.push(signals.siteName, ...titleNames(signals.title));
  }
  return [...new Set(names.filter((name): name is string => Boolean(name)))];
}

/** Title separators between a site's name and the page's: `|`, `-`, `–`, `—`, `:`, `·`, with spaces around. */
const TITLE_SEPARATOR = /\s+[|\-–—:·•]\s+/;

/**
 * The parts of a page title that may be the company's name, best first: the first part, then the last
 * ("LeanData | The Winds of Change" → LeanData; "Pricing – Fabrikam" → Pricing, Fabrikam). A name
 * matches an account only by its folded company name, so a part that is no company finds nothing.
 */
export function titleNames(title: string | null): string[] {
  if (!title) return [];
  const parts = title
    .replace(/^\(\d+\+?\)\s*/, '')
    .split(TITLE_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part.length >= 2 && part.length <= 80);
  if (parts.length === 0) return [];
  return [...new Set([parts[0] as string, parts[parts.length - 1] as string])];
}

/** JSON-LD organizations whose address is the page's own domain first: they describe the site's owner. */
function ownOrganizationsFirst(page: PageUrlInfo, signals: PageSignals) {
  const own = (url: string | null) => page.domain !== null && url !== null && registrableDomain(url) === page.domain;
  return [...signals.organizations].sort((a, b) => Number(own(b.url)) - Number(own(a.url)));
}

/** The canonical and JSON-LD addresses of a website page. */
function siteUrls(signals: PageSignals | null): string[] {
  if (!signals) return [];
  return [signals.canonicalUrl, ...signals.organizations.map((o) => o.url)].filter((url): url is string => url !== null);
}

/** `linkedin:<slug>` or `crunchbase:<slug>` for a company's profile address (from JSON-LD `sameAs`), else null. */
function directorySlug(url: string): string | null {
  const domain = registrableDomain(url);
  const source = (Object.keys(SLUG_SOURCES) as SlugSource[]).find((id) => domain === `${id}.com`);
  const platform = source ? platformById(source) : undefined;
  if (!platform) return null;
  const slug = platform.parseUrl(new URL(url)).slug;
  return slug ? `${platform.id}:${normalizeSlug(slug)}` : null;
}

function sortByKind(lookups: PageLookup[]): PageLookup[] {
  const rank = (lookup: PageLookup) => MATCH_KINDS.indexOf(lookup.kind);
  // Array.prototype.sort is stable: lookups of one kind and confidence keep the order they were found in.
  return [...lookups].sort((a, b) => rank(a) - rank(b) || b.confidence - a.confidence);
}
