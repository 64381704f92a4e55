import type { TalSnapshot } from '../sync/contract';
import type { TalDb } from './database';
import { type TalOverrideRow, TalOverrideRowSchema } from './rows';

/**
 * Mirrors the server's TAL into the TAL-membership overrides (source `server`): on for every account
 * the server lists, off for every other account that has an override or an approved change, so an
 * account the server took off the TAL reads as off even when its cached `onTal` says otherwise.
 * Only overrides that change are written.
 */
export async function mirrorTal(db: TalDb, snapshot: TalSnapshot, now: Date): Promise<number> {
  return db.transaction('rw', db.talOverrides, async () => {
    const onTal = new Set(snapshot.accountIds);
    const reasons = new Map(snapshot.changes.map((change) => [change.accountId, change.reason]));
    const existing = new Map((await db.talOverrides.toArray()).map((row) => [row.accountId, TalOverrideRowSchema.parse(row)]));
    const ids = new Set([...onTal, ...reasons.keys(), ...existing.keys()]);
    const changed: TalOverrideRow[] = [];
    for (const accountId of ids) {
      const before = existing.get(accountId);
      const wanted = onTal.has(accountId);
      if (before?.source === 'server' && before.onTal === wanted) continue;
      const reason = reasons.get(accountId);
      changed.push({ accountId, onTal: wanted, source: 'server', ...(reason ? { reason } : {}), updatedAt: now.toISOString() });
    }
    await db.talOverrides.bulkPut(changed.map((row) => TalOverrideRowSchema.parse(row)));
    return changed.length;
  });
}
