/**
 * The match pattern of a page's site, as optional host access is granted (`https://shop.acme.com/*`).
 * Match patterns carry no port, so a port is dropped; only http(s) pages have one.
 */
export function originPattern(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? `${protocol}//${hostname}/*` : null;
  } catch {
    return null;
  }
}
