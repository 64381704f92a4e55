/**
 * Links that a page wraps in a redirect count as the address they lead to (spec §4): LinkedIn's
 * outbound links (`https://www.linkedin.com/redir/redirect?url=…`, as its company pages' Website link
 * is written), Google's (`https://www.google.com/url?q=…`, as Gmail and search results write links)
 * and Outlook's Safe Links (`https://*.safelinks.protection.outlook.com/?url=…`).
 */
const REDIRECTS: readonly { host: (host: string) => boolean; path: RegExp; param: string }[] = [
  { host: (h) => h === 'linkedin.com' || h.endsWith('.linkedin.com'), path: /^\/redir\/redirect\/?$/, param: 'url' },
  { host: (h) => /^(www\.)?google\.[a-z.]+$/.test(h), path: /^\/url\/?$/, param: 'q' },
  { host: (h) => h.endsWith('.safelinks.protection.outlook.com'), path: /^\/?$/, param: 'url' },
];

/** How many redirects inside redirects are followed before giving up. */
const MAX_HOPS = 3;

/** The address a redirect link leads to (followed through nested redirects), or null when `url` is no known redirect. */
export function redirectTarget(url: URL): URL | null {
  let current = url;
  let found: URL | null = null;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const host = current.hostname.toLowerCase();
    const redirect = REDIRECTS.find((r) => r.host(host) && r.path.test(current.pathname));
    const target = redirect ? current.searchParams.get(redirect.param) : null;
    if (!target) break;
    try {
      const next = new URL(target);
      if (next.protocol !== 'https:' && next.protocol !== 'http:') break;
      found = next;
      current = next;
    } catch {
      break;
    }
  }
  return found;
}

/** A link's address with any redirect around it taken off; text that is no absolute URL comes back as it is. */
export function unwrapLink(href: string): string {
  try {
    return redirectTarget(new URL(href))?.href ?? href;
  } catch {
    return href;
  }
}
