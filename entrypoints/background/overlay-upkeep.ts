import { liveQuery } from 'dexie';
import { activePointer, CacheBusyError, foldOverlay, OVERLAY_FOLD_AT, settleActiveOverlay, type TalDb } from '@/lib/db';

export type OverlayUpkeepDeps = {
  db: TalDb;
  clock?: () => Date;
  foldAt?: number;
  /** How long the cache must stay unchanged before the work starts: a sync's pages come one after another, and the work must not slow them. */
  quietMs?: number;
};

/**
 * Keeps the account overlay small and its count exact, in the background, so no page and no sync
 * waits for either: once the overlay holds `foldAt` rows it is folded into a new generation
 * (lib/db/fold-overlay.ts), and until then rows a delta left unsettled are settled (whether the
 * generation held their accounts). Watches the active cache's pointer, which every change of the
 * overlay rewrites, and starts once it has been unchanged for `quietMs`. Work refused because an import or a sync holds the cache lock waits for the
 * next change; one piece of work at a time.
 */
export function setupOverlayUpkeep({ db, clock = () => new Date(), foldAt = OVERLAY_FOLD_AT, quietMs = 2000 }: OverlayUpkeepDeps) {
  let working: Promise<unknown> | null = null;
  // A change that came while work was under way is looked at again once it is done.
  let missed = false;
  const consider = (pointer: Awaited<ReturnType<typeof activePointer>>) => {
    const overlay = pointer?.overlay;
    if (working) {
      missed = true;
      return;
    }
    if (!overlay) return;
    const work = overlay.rows >= foldAt ? foldOverlay(db, { now: clock }) : overlay.unsettled > 0 ? settleActiveOverlay(db) : null;
    if (!work) return;
    working = work
      .catch((error: unknown) => {
        if (!(error instanceof CacheBusyError)) console.error('TAL Scout: could not keep the account overlay', error);
      })
      .finally(() => {
        working = null;
        if (!missed) return;
        missed = false;
        void activePointer(db).then(consider, () => undefined);
      });
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const subscription = liveQuery(() => activePointer(db)).subscribe({
    next(pointer) {
      clearTimeout(timer);
      timer = setTimeout(() => consider(pointer), quietMs);
    },
    error: (error) => console.error('TAL Scout: could not watch the account cache', error),
  });
  return {
    /** The work under way, if any (tests wait for it). */
    working: () => working,
    stop() {
      clearTimeout(timer);
      subscription.unsubscribe();
    },
  };
}
