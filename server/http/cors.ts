import { cors } from 'hono/cors';

/** Browser extensions of any id; TAL_CORS_ORIGINS replaces this list. */
export const DEFAULT_CORS_ORIGINS = ['chrome-extension://*', 'moz-extension://*'];

/** Whether an origin matches one pattern, where `*` stands for any run of characters but `/`. */
export function originMatches(origin: string, pattern: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[^/]*')}$`).test(origin);
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
