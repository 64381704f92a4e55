import { liveQuery } from 'dexie';
import { activePointer, CacheBusyError, foldOverlay, OVERLAY_FOLD_AT, type TalDb } from '@/lib/db';

export type OverlayFoldDeps = { db: TalDb; clock?: () => Date; foldAt?: number };

/**
 * Folds the account overlay into a new generation in the background once it holds `foldAt` rows
 * (lib/db/fold-overlay.ts), so lookups keep reading few overlay rows and no page waits for the fold.
 * Watches the active cache's pointer, which every change of the overlay rewrites. A fold refused
 * because an import or a sync holds the cache lock waits for the next change; one fold at a time.
 */
export function setupOverlayFold({ db, clock = () => new Date(), foldAt = OVERLAY_FOLD_AT }: OverlayFoldDeps) {
  let folding: Promise<unknown> | null = null;
  const subscription = liveQuery(() => activePointer(db)).subscribe({
    next(pointer) {
      if (folding || (pointer?.overlay?.rows ?? 0) < foldAt) return;
      folding = foldOverlay(db, { now: clock })
        .catch((error: unknown) => {
          if (!(error instanceof CacheBusyError)) console.error('TAL Scout: could not fold the account overlay', error);
        })
        .finally(() => {
          folding = null;
        });
    },
    error: (error) => console.error('TAL Scout: could not watch the account cache', error),
  });
  return {
    /** The fold under way, if any (tests wait for it). */
    folding: () => folding,
    stop: () => subscription.unsubscribe(),
  };
}
