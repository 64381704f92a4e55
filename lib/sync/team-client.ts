import { createTalClient, type FetchLike, type TalClient } from './client';

/** How long one request to the team server may take before it counts as unreachable. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** The browser's fetch, called unbound (extension pages and the service worker refuse a detached `this`). */
export const browserFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

/**
 * A client for one server and token whose requests give up after `timeoutMs`, so a server that
 * accepts the connection but never answers reads as unreachable instead of hanging a sync.
 * The token goes in the Authorization header only, never in a URL.
 */
export function teamClient(
  server: { url: string; token: string },
  fetch: FetchLike = browserFetch,
  timeoutMs = REQUEST_TIMEOUT_MS,
): TalClient {
  const timed: FetchLike = (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return createTalClient({ baseUrl: server.url, token: server.token, fetch: timed });
}
