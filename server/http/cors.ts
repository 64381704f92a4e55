import { cors } from 'hono/cors';

/** Browser extensions of any id; TAL_CORS_ORIGINS replaces this list. */
export const DEFAULT_CORS_ORIGINS = ['chrome-extension://*', 'moz-extension://*'];

/** No real origin is longer; a longer one is refused before it is matched. */
const MAX_ORIGIN = 512;

/**
 * Whether an origin matches one pattern, where `*` stands for any run of characters but `/`. The
 * literal parts are found left to right, each at its first place after the one before (the earliest
 * place leaves the most room for the rest, and a `*` cannot cross a `/`): no backtracking, so a
 * pattern with many `*` costs one pass, whatever the origin. No regular expression is built.
 */
export function originMatches(origin: string, pattern: string): boolean {
  if (origin.length > MAX_ORIGIN) return false;
  const parts = pattern.split('*');
  const first = parts[0] as string;
  const last = parts.at(-1) as string;
  if (parts.length === 1) return origin === pattern;
  if (!origin.startsWith(first) || !origin.endsWith(last) || origin.length < first.length + last.length) return false;
  let at = first.length;
  const end = origin.length - last.length;
  for (const part of parts.slice(1, -1)) {
    const found = origin.indexOf(part, at);
    if (found < 0 || found + part.length > end || origin.slice(at, found).includes('/')) return false;
    at = found + part.length;
  }
  return !origin.slice(at, end).includes('/');
}

/** CORS for the listed origin patterns only; other origins get no CORS headers, so browsers refuse them. */
export function corsFor(patterns: readonly string[]) {
  return cors({
    origin: (origin) => (patterns.some((p) => originMatches(origin, p)) ? origin : null),
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    exposeHeaders: ['Idempotent-Replayed', 'X-Playbook-Version'],
    maxAge: 600,
  });
}
