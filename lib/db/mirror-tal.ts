import type { TalSnapshot } from '../schema/sync-contract';
import type { TalDb } from './database';
import { readListing } from './listed-by-data';
import { type TalOverrideRow, TalOverrideRowSchema } from './rows';
import { sameJson } from './same-json';

/**
 * Mirrors the server's TAL into the TAL records (source `server`): on for every account the server
 * lists, with the name, domain, team and since it gives, off for every other account that has a
 * record or an approved change, so an account the server took off the TAL reads as off even when
 * its cached `onTal` says otherwise. Only records that change are written.
 */
export async function mirrorTal(db: TalDb, snapshot: TalSnapshot, now: Date): Promise<number> {
  return db.transaction('rw', db.talOverrides, db.meta, async () => {
    const onTal = new Set(snapshot.accountIds);
    const entries = new Map(snapshot.entries.map((entry) => [entry.accountId, entry]));
    const reasons = new Map(snapshot.changes.map((change) => [change.accountId, change.reason]));
    const existing = new Map((await db.talOverrides.toArray()).map((row) => [row.accountId, TalOverrideRowSchema.parse(row)]));
    // The data's listing too: an account the team's data listed but the server's TAL does not is off.
    const listed = (await readListing(db)).ids;
    const ids = new Set([...onTal, ...reasons.keys(), ...existing.keys(), ...listed]);
    const changed: TalOverrideRow[] = [];
    for (const accountId of ids) {
      const before = existing.get(accountId);
      const entry = entries.get(accountId);
      const wanted = onTal.has(accountId);
      const reason = entry?.reason ?? reasons.get(accountId) ?? before?.reason;
      const name = entry?.accountName ?? before?.name;
      const domain = entry?.accountDomain ?? before?.domain;
      const row: TalOverrideRow = {
        accountId,
        onTal: wanted,
        source: 'server',
        ...(reason ? { reason } : {}),
        updatedAt: before?.updatedAt ?? now.toISOString(),
        ...(name === undefined ? {} : { name }),
        ...(domain === undefined ? {} : { domain }),
        ...(wanted && entry?.team ? { team: entry.team } : {}),
        ...(wanted && entry?.since ? { since: entry.since } : {}),
      };
      if (before !== undefined && sameJson(before, row)) continue;
      changed.push(TalOverrideRowSchema.parse({ ...row, updatedAt: now.toISOString() }));
    }
    await db.talOverrides.bulkPut(changed);
    return changed.length;
  });
}
