import { touchMember } from '../db/members';
import type { Db } from '../db/types';

/** How often a member's last-seen time is written at most: the admin's list needs minutes, not requests. */
export const LAST_SEEN_EVERY_MS = 60_000;

/**
 * Records that a member used the server now, at most once a minute per member (kept in memory), so a
 * sync of many requests costs one write. Returns the function the authentication middleware calls.
 */
export function lastSeenRecorder(db: Db, clock: () => Date, everyMs = LAST_SEEN_EVERY_MS) {
  const written = new Map<string, number>();
  return async (memberId: string): Promise<void> => {
    const now = clock();
    const last = written.get(memberId);
    if (last !== undefined && now.getTime() - last < everyMs && now.getTime() >= last) return;
    written.set(memberId, now.getTime());
    await touchMember(db, memberId, now);
  };
}
