import { CacheBusyError } from '../db/cache-lock';
import { CacheChangedError } from '../db/generation-writer';
import type { SyncProblem, SyncStatus } from '../settings/team';
import { backoffDelay } from './backoff';
import { TalApiError, TalNetworkError, TalProtocolError } from './errors';

/** How many proposals wait in the outbox and how many the server refused. */
export type OutboxCounts = Pick<SyncStatus, 'waiting' | 'refused'>;

/** Why a sync failed, as a kind the Team section words, with the technical detail beside it. */
export function syncProblemOf(error: unknown): SyncProblem {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof TalNetworkError) return { kind: 'offline', message };
  // An import holds the cache, or replaced it while this sync pulled: the next attempt sees it.
  if (error instanceof CacheBusyError || error instanceof CacheChangedError) return { kind: 'busy', message };
  if (error instanceof TalProtocolError) return { kind: 'not-tal-server', message };
  if (error instanceof TalApiError) {
    if (error.status === 401) return { kind: 'unauthorized', message };
    if (error.status === 403) return { kind: 'forbidden', message };
    if (error.status === 404) return { kind: 'not-tal-server', message };
    return { kind: 'server-error', message };
  }
  return { kind: 'local-error', message };
}

/** The status after a sync that went through. */
export function syncedStatus(counts: OutboxCounts, now: Date): SyncStatus {
  const at = now.toISOString();
  return { state: 'synced', lastSyncAt: at, lastAttemptAt: at, failures: 0, ...counts };
}

/** The status after a failed sync: the last success is kept, and the next automatic attempt waits with backoff and jitter. */
export function failedStatus(previous: SyncStatus, error: unknown, counts: OutboxCounts, now: Date, random: () => number): SyncStatus {
  const failures = previous.failures + 1;
  return {
    state: 'failed',
    ...(previous.lastSyncAt ? { lastSyncAt: previous.lastSyncAt } : {}),
    lastAttemptAt: now.toISOString(),
    problem: syncProblemOf(error),
    failures,
    nextAttemptAt: new Date(now.getTime() + backoffDelay(failures, random)).toISOString(),
    ...counts,
  };
}

/** The status while a sync runs: the last report stays readable beside "syncing". */
export function syncingStatus(previous: SyncStatus): SyncStatus {
  return { ...previous, state: 'syncing' };
}
