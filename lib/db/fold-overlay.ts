import { overlayAccount, readOverlayRows, settleOverlay } from './account-overlay';
import { readAlerts } from './alert-scan';
import { CacheBusyError, type CacheLock, defaultCacheLock } from './cache-lock';
import { borrowPreviousGeneration, copyPreviousGeneration, type DroppedIds } from './copy-previous-generation';
import type { TalDb } from './database';
import { createGenerationWriter, type GenerationWriter } from './generation-writer';
import { type ActiveCache, readActiveCache } from './generations';
import { prepareAccounts } from './prepare-accounts';
import { getAccountsCursor, setAccountsCursor } from './sync-state';

/**
 * Appends the active cache's accounts that `drop` does not take out to a new generation being
 * written: first the overlay's accounts (parsed and indexed again: there are few), then the
 * generation's but those the overlay changed or deleted, borrowed where the writer kept their chunks
 * free (`keeps`, borrowPreviousGeneration), else copied as stored (copyPreviousGeneration). What a
 * merge import and a fold write after their own accounts, if any. The writer tracks ids.
 */
export async function copyActiveCache(
  db: TalDb,
  writer: GenerationWriter,
  active: ActiveCache,
  drop: ReadonlySet<string>,
  checkCancel: () => void | Promise<void> = () => undefined,
) {
  const rows = active.overlay.rows > 0 ? await readOverlayRows(db, active.generation.generation) : [];
  const overlaid = new Set(rows.map((row) => row.id));
  const accounts = rows.flatMap((row) => {
    const account = drop.has(row.id) ? undefined : overlayAccount(row);
    return account ? [account] : [];
  });
  if (accounts.length > 0) await writer.append(prepareAccounts(accounts));
  await checkCancel();
  const dropped: DroppedIds = {
    has: (id) => overlaid.has(id) || drop.has(id),
    *[Symbol.iterator]() {
      yield* overlaid;
      yield* drop;
    },
  };
  if (writer.lender?.generation === active.generation.generation) await borrowPreviousGeneration(db, writer, dropped, checkCancel);
  else await copyPreviousGeneration(db, writer, active.generation, (id) => dropped.has(id), checkCancel);
}

export type FoldOptions = {
  now: () => Date;
  lock?: CacheLock;
  /** Called between the fold's steps, for tests that stop it there (a throw aborts the fold). */
  step?: (at: 'started' | 'copying' | 'writing' | 'switching') => void;
};

/**
 * Folds the overlay into a new generation: the active generation's accounts with the overlay's
 * changes, written beside it and made active in one transaction, which also moves what was bound to
 * the old generation and is as true of the new (the team sync's cursor, the alert scan's state, the
 * import record). Until that transaction, readers see the old generation and its overlay, whole: a
 * fold that fails or is stopped at any step changes nothing. Holds the cache lock without waiting,
 * and steps aside (stops) as soon as another writer waits for it while it copies: CacheBusyError
 * either way, and the fold is tried again at the next change. Returns the new generation, or null
 * when there was nothing to fold.
 */
export async function foldOverlay(
  db: TalDb,
  { now, lock = defaultCacheLock(), step = () => undefined }: FoldOptions,
): Promise<number | null> {
  return lock.run(
    async () => {
      const active = await readActiveCache(db);
      if (!active || active.overlay.rows === 0) return null;
      const from = active.generation.generation;
      const revision = active.overlay.revision;
      const writer = await createGenerationWriter(db, now, {
        trackIds: true,
        base: from,
        keeps: active.generation,
        fold: {
          importId: active.import.id as number,
          revision,
          tables: [db.teamSync],
          async carry(old, generation) {
            step('switching');
            const cursor = await getAccountsCursor(db);
            if (cursor?.generation === old) await setAccountsCursor(db, { ...cursor, generation });
            const alerts = await readAlerts(db);
            if (alerts?.generation === old && alerts.revision === revision) await db.meta.put({ ...alerts, generation, revision: 0 });
          },
        },
      });
      try {
        step('started');
        await copyActiveCache(db, writer, active, new Set(), async () => {
          step('copying');
          // Upkeep that can wait: a sync, an import or the panel asking for the cache comes first.
          await stepAsideFor(lock, 'fold');
        });
        step('writing');
        // The import it folds stays the cache's import (commit keeps its record, moved to the new generation).
        const record = await writer.commit(active.import);
        return record.generation;
      } catch (error) {
        await writer.abort();
        throw error;
      }
    },
    { waitMs: 0 },
  );
}

/**
 * Settles the active cache's overlay (account-overlay.ts, settleOverlay) holding the cache lock,
 * without waiting (CacheBusyError), and stepping aside (CacheBusyError, nothing written) as soon as
 * another writer waits for the lock between its reads: at a million accounts the reads take seconds,
 * and a team sync must not wait for them. Returns whether it wrote anything.
 */
export async function settleActiveOverlay(db: TalDb, { lock = defaultCacheLock() }: { lock?: CacheLock } = {}): Promise<boolean> {
  return lock.run(
    async () => {
      const active = await readActiveCache(db);
      return active ? settleOverlay(db, active, () => stepAsideFor(lock, 'settle')) : false;
    },
    { waitMs: 0 },
  );
}

/** Throws CacheBusyError when another writer waits for the cache lock: the background's upkeep gives way. */
async function stepAsideFor(lock: CacheLock, work: string) {
  if (await lock.contended()) throw new CacheBusyError(`the ${work} stepped aside for another writer of the account cache`);
}
