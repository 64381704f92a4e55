import type { Member } from '../../lib/schema/member';

/** How long a token's member is remembered while every revocation is heard (one process, or a live LISTEN). */
const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

/**
 * Remembers which member a token hash belongs to, for one app: every request is authenticated,
 * and on embedded PostgreSQL a query saved is throughput gained. Only hits are kept, so a token
 * created a moment ago is found at once, and a wrong token is looked up every time.
 *
 * No entry outlives a revocation: a revocation or new token clears the cache, in this process at
 * once and, on a shared PostgreSQL, in every other through NOTIFY. The cache serves only while it is
 * `trusted` to hear them (one embedded database is one process; a PostgreSQL server needs a live
 * LISTEN): otherwise every request asks the database.
 */
export function memberCache(clock: () => Date, trusted = true) {
  const entries = new Map<string, { member: Member; until: number }>();
  let hears = trusted;
  return {
    /** Whether revocations elsewhere reach this cache; when not, it keeps nothing. */
    trust(value: boolean): void {
      hears = value;
      if (!value) entries.clear();
    },
    get(tokenHash: string): Member | undefined {
      if (!hears) return undefined;
      const entry = entries.get(tokenHash);
      if (entry === undefined || entry.until < clock().getTime()) return undefined;
      return entry.member;
    },
    /** Forgets every member: a token was revoked or replaced. */
    clear(): void {
      entries.clear();
    },
    set(tokenHash: string, member: Member): void {
      if (!hears) return;
      // Oldest first out: a Map iterates in insertion order.
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(tokenHash, { member, until: clock().getTime() + TTL_MS });
    },
  };
}

export type MemberCache = ReturnType<typeof memberCache>;
