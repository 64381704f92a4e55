import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { readActiveCache } from '@/lib/db';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import type { HealthReport } from '@/lib/rules/health-report';
import type { Playbook } from '@/lib/schema/playbook';
import { cacheHealthReport } from '@/lib/services/cache-health';
import { useOptionsServices } from '../services';

export type CacheHealth = {
  /** The last finished report (kept while the next one is computed), or null before the first. */
  report: HealthReport | null;
  /** Accounts checked of all, while a report is being computed. */
  progress: { done: number; total: number } | null;
  error: string | null;
};

/**
 * The health of a playbook on the account cache, streamed through the cache (no account kept in
 * memory), computed again when the playbook or the cache changes; a computation under way for an
 * older draft is stopped.
 */
export function useCacheHealth(playbook: Playbook, now: number): CacheHealth {
  const { db } = useOptionsServices();
  const generation = useLiveQuery(async () => (await readActiveCache(db))?.generation.generation ?? 0, [db]);
  const [health, setHealth] = useState<CacheHealth>({ report: null, progress: null, error: null });
  useEffect(() => {
    if (generation === undefined) return;
    const controller = new AbortController();
    setHealth((last) => ({ ...last, progress: { done: 0, total: 0 }, error: null }));
    cacheHealthReport(db, compilePlaybook(playbook), now, {
      signal: controller.signal,
      onProgress: (done, total) => setHealth((last) => ({ ...last, progress: { done, total } })),
    }).then(
      (report) => setHealth({ report, progress: null, error: null }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setHealth((last) => ({ ...last, progress: null, error: error instanceof Error ? error.message : String(error) }));
      },
    );
    return () => controller.abort();
  }, [db, playbook, now, generation]);
  return health;
}
