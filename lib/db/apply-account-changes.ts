import type { Account } from '../schema/account';
import { applyToOverlay, OVERLAY_MAX_ROWS } from './account-overlay';
import { type CacheLock, defaultCacheLock } from './cache-lock';
import type { TalDb } from './database';
import { copyActiveCache } from './fold-overlay';
import { CacheChangedError, createGenerationWriter } from './generation-writer';
import { collectGarbage, readActiveCache } from './generations';
import { prepareAccounts } from './prepare-accounts';

/**
 * Account changes pulled from the team server. `replace` makes them the whole cache; `merge` upserts
 * them and drops `deleted`. `base` is the generation the changes were asked for (a delta since a
 * cursor only fits the cache it was made for): another active by then refuses them.
 */
export type AccountDelta = { accounts: readonly Account[]; deleted: readonly string[]; mode: 'replace' | 'merge'; base?: number | null };

/**
 * Applies pulled account changes to the cache. A merge of a few changes (with the overlay they make
 * at most OVERLAY_MAX_ROWS rows) goes into the active generation's overlay (account-overlay.ts): it
 * costs the changes, not the cache. A replace, a first cache, or a merge that would outgrow the
 * overlay writes a new generation (the overlay folded in), made active at the end. Either way a
 * failure leaves the previous cache whole. An empty delta writes nothing, and a replace with no
 * accounts writes nothing either: an empty server never empties the cache. It holds the cache lock,
 * waiting for it `waitMs` (none unless told: the team sync waits a while, the rep's new account as
 * long as it takes). A fold steps aside for it at once; an import that holds the lock longer makes it
 * throw CacheBusyError, and the sync tries again later (its cursor unmoved). Returns the generation
 * now active, or null when nothing was written.
 */
export async function applyAccountChanges(
  db: TalDb,
  delta: AccountDelta,
  options: { now: () => Date; source: string; lock?: CacheLock; waitMs?: number; maxOverlayRows?: number },
): Promise<number | null> {
  const { accounts, deleted, mode } = delta;
  if (accounts.length === 0 && (mode === 'replace' || deleted.length === 0)) return null;
  return (options.lock ?? defaultCacheLock()).run(() => applyLocked(db, delta, options), { waitMs: options.waitMs ?? 0 });
}

async function applyLocked(
  db: TalDb,
  { accounts, deleted, mode, base }: AccountDelta,
  options: { now: () => Date; source: string; maxOverlayRows?: number },
) {
  await collectGarbage(db);
  const active = await readActiveCache(db);
  if (base !== undefined && (active?.generation.generation ?? null) !== base) {
    throw new CacheChangedError('the account cache was replaced while the sync pulled changes for it; the next sync brings it up to date');
  }
  if (
    mode === 'merge' &&
    active &&
    active.overlay.rows + accounts.length + deleted.length <= (options.maxOverlayRows ?? OVERLAY_MAX_ROWS)
  ) {
    await applyToOverlay(db, active, { accounts, deleted }, options.now());
    return active.generation.generation;
  }
  const previous = mode === 'merge' ? active : null;
  const writer = await createGenerationWriter(db, options.now, {
    trackIds: true,
    base: active?.generation.generation ?? null,
    ...(previous ? { keeps: previous.generation } : {}),
  });
  try {
    await writer.append(prepareAccounts(accounts));
    if (previous) await copyActiveCache(db, writer, previous, new Set([...writer.ids(), ...deleted]));
    const record = await writer.commit({
      at: options.now().toISOString(),
      fileName: options.source,
      mode,
      rows: accounts.length,
      valid: accounts.length,
      errors: 0,
      warnings: 0,
      mapping: {},
    });
    return record.generation;
  } catch (error) {
    await writer.abort();
    throw error;
  }
}
