import Dexie from 'dexie';
import type { OutboxItem, OutboxStorage } from '../schema/outbox-item';
import type { TalDb } from './database';
import { parseStoredRow } from './stored-row';
import { type OutboxRow, OutboxRowSchema, type TeamOwner } from './team-sync-rows';

/** The outbox of one member on one server, over the `teamSync` table, with what the extension needs beyond lib/sync's interface. */
export type DexieOutbox = OutboxStorage & {
  /** One item by its idempotency key, if it belongs to this owner. */
  get(key: string): Promise<OutboxItem | undefined>;
  /** Forgets an item (withdrawn before it was sent, a refusal the rep has seen, or delivered and mirrored). */
  remove(key: string): Promise<void>;
  /** Makes every queued item due now: the user asked to sync, so the backoff of waiting proposals is skipped. */
  makeDue(now: Date): Promise<void>;
};

/** Every outbox row, whoever it belongs to, checked. */
export async function allOutboxRows(db: TalDb): Promise<OutboxRow[]> {
  const rows = await db.teamSync.where('[kind+key]').between(['outbox', Dexie.minKey], ['outbox', Dexie.maxKey]).toArray();
  return rows.map((row) => parseStoredRow(OutboxRowSchema, row, 'teamSync', [row.kind, row.key]) as OutboxRow);
}

/**
 * A Dexie-backed `OutboxStorage` for one member on one server: items made under another token or
 * server stay stored (nothing is lost on disconnect) but are neither listed nor sent here.
 */
export function createDexieOutbox(db: TalDb, owner: TeamOwner): DexieOutbox {
  const mine = (row: OutboxRow) => row.server === owner.server && row.memberId === owner.memberId;
  const put = async (item: OutboxItem) => {
    await db.teamSync.put(OutboxRowSchema.parse({ kind: 'outbox', key: item.idempotencyKey, ...owner, item }));
  };
  const get = async (key: string) => {
    const raw = await db.teamSync.get(['outbox', key]);
    const row = parseStoredRow(OutboxRowSchema, raw, 'teamSync', ['outbox', key]);
    return row && mine(row) ? row.item : undefined;
  };
  return {
    all: async () => (await allOutboxRows(db)).filter(mine).map((row) => row.item),
    put,
    get,
    async remove(key) {
      if (await get(key)) await db.teamSync.delete(['outbox', key]);
    },
    async makeDue(now) {
      await db.transaction('rw', db.teamSync, async () => {
        const late = (await allOutboxRows(db)).filter(
          (row) => mine(row) && row.item.state === 'queued' && Date.parse(row.item.nextAttemptAt) > now.getTime(),
        );
        for (const row of late) await put({ ...row.item, nextAttemptAt: now.toISOString() });
      });
    },
  };
}
