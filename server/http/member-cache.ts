import type { Member } from '../../lib/schema/member';

/**
 * How long a token's member is remembered. A revocation or new token through this process clears
 * the cache at once; other processes on the same PostgreSQL notice within this time.
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

/**
 * Remembers which member a token hash belongs to, for one app: every request is authenticated,
 * and on embedded PostgreSQL a query saved is throughput gained. Only hits are kept, so a token
 * created a moment ago is found at once, and a wrong token is looked up every time.
 */
export function memberCache(clock: () => Date) {
  const entries = new Map<string, { member: Member; until: number }>();
  return {
    get(tokenHash: string): Member | undefined {
      const entry = entries.get(tokenHash);
      if (entry === undefined || entry.until < clock().getTime()) return undefined;
      return entry.member;
    },
    /** Forgets every member: a token was revoked or replaced. */
    clear(): void {
      entries.clear();
    },
    set(tokenHash: string, member: Member): void {
      // Oldest first out: a Map iterates in insertion order.
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(tokenHash, { member, until: clock().getTime() + TTL_MS });
    },
  };
}

export type MemberCache = ReturnType<typeof memberCache>;
