import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { Db } from '../db/types';
import { silentLogger } from '../logger';
import { originMatches } from './cors';

// CORS is decided before any query, so a database that refuses everything shows it is never reached.
const unreachableDb: Db = {
  kind: 'pglite',
  query: () => Promise.reject(new Error('no database in this test')),
  exec: () => Promise.reject(new Error('no database in this test')),
  transaction: () => Promise.reject(new Error('no database in this test')),
  close: () => Promise.resolve(),
};

function preflight(app: ReturnType<typeof createApp>, origin: string) {
  return app.request('/api/proposals', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,idempotency-key' },
  });
}

describe('CORS', () => {
  const app = createApp({ db: unreachableDb, clock: () => new Date(), logger: silentLogger });

  it('allows the extension origins of Chrome and Firefox, with the headers the client sends', async () => {
    for (const origin of ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://0f6c1b0e-1c1a-4c5e-9d1a-2f4b6c8d0e1f']) {
      const answer = await preflight(app, origin);
      expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
      expect(answer.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
    }
  });

  it('gives web pages no CORS headers, so browsers keep them out', async () => {
    for (const origin of ['https://evil.example', 'http://localhost:3000', 'chrome-extension://x/../evil', 'null']) {
      expect((await preflight(app, origin)).headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('follows a configured list instead of the default', async () => {
    const custom = createApp({
      db: unreachableDb,
      clock: () => new Date(),
      logger: silentLogger,
      corsOrigins: ['https://crm.example.com'],
    });
    expect((await preflight(custom, 'https://crm.example.com')).headers.get('access-control-allow-origin')).toBe('https://crm.example.com');
    expect((await preflight(custom, 'chrome-extension://abc')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('matches * within one part of the origin only', () => {
    expect(originMatches('chrome-extension://abc', 'chrome-extension://*')).toBe(true);
    expect(originMatches('chrome-extension://abc/evil', 'chrome-extension://*')).toBe(false);
    expect(originMatches('https://a.example.com', 'https://*.example.com')).toBe(true);
    expect(originMatches('https://a.example.com.evil.io', 'https://*.example.com')).toBe(false);
    expect(originMatches('https://axexample.com', 'https://a.example.com')).toBe(false);
  });

  it('agrees with a regular expression of the same patterns, over many generated patterns and origins', () => {
    // A seeded generator over a small alphabet, so that `*`, `/` and repeats meet often.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const text = (alphabet: string, max: number) => Array.from({ length: next(max) }, () => alphabet[next(alphabet.length)]).join('');
    const reference = (origin: string, pattern: string) =>
      new RegExp(
        `^${pattern
          .split('*')
          .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]*')}$`,
      ).test(origin);
    for (let i = 0; i < 20_000; i++) {
      const pattern = text('ab/*.', 8);
      const origin = text('ab/.', 10);
      expect(originMatches(origin, pattern), `${origin} against ${pattern}`).toBe(reference(origin, pattern));
    }
  });

  it('answers a crafted origin against a pattern of many * without backtracking, and refuses an overlong one', () => {
    const pattern = `https://${'*a'.repeat(40)}.example`;
    // Against the regular expression this was built from before, this origin took seconds.
    expect(originMatches(`https://${'a'.repeat(500)}`, pattern)).toBe(false);
    expect(originMatches(`https://${'a'.repeat(600)}.example`, 'https://*.example')).toBe(false);
    expect(originMatches(`https://${'a'.repeat(100)}.example`, 'https://*.example')).toBe(true);
  });
});
