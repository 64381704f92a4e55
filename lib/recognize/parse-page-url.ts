import { registrableDomain } from './keys';
import type { PageUrlInfo } from './recognition';
import { redirectTarget } from './redirects';
import { platformForHost, platformForUrl } from './sources';

const UNSUPPORTED: PageUrlInfo = { source: 'unsupported', domain: null, recordId: null, objectType: null, slug: null };

/** Parses a page URL, or null when it is no URL at all. */
export function toUrl(url: string): URL | null {
  try {
    return new URL(url.trim());
  } catch {
    return null;
  }
}

/**
 * What a page's URL alone says (spec §4), without account data: a CRM record (id and object type), a
 * directory company (slug), a company's own site (registrable domain), or `unsupported` for anything that
 * is no web page (`chrome://`, `file:`, malformed text).
 */
export function parsePageUrl(url: string): PageUrlInfo {
  const found = toUrl(url);
  if (!found || (found.protocol !== 'https:' && found.protocol !== 'http:')) return UNSUPPORTED;
  // A page that is a redirect (`linkedin.com/redir/redirect?url=…`) is recognized as the page it leads to.
  const parsed = redirectTarget(found) ?? found;
  const host = parsed.hostname.replace(/\.$/, '').toLowerCase();
  const platform = platformForHost(host) ?? platformForUrl(parsed);
  if (platform) return { source: platform.id, domain: null, ...platform.parseUrl(parsed) };
  return { source: 'website', domain: registrableDomain(host), recordId: null, objectType: null, slug: null };
}
