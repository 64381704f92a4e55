import { IDLE_SYNC_STATUS, type SyncStatus, type TeamServer } from '../settings/team';
import { failedStatus, type OutboxCounts, syncedStatus, syncingStatus } from './sync-status';

export type SyncRunnerDeps = {
  readServer(): Promise<TeamServer | null>;
  readStatus(): Promise<SyncStatus>;
  writeStatus(status: SyncStatus): Promise<void>;
  /** One sync with the server (see runTeamSync); throws when it fails. */
  sync(server: TeamServer, manual: boolean): Promise<OutboxCounts>;
  /** What the outbox holds, for the status of a failed sync. */
  countOutbox(server: TeamServer): Promise<OutboxCounts>;
  /** Back to solo mode (no server is set). */
  leave(): Promise<void>;
  clock: () => Date;
  random: () => number;
};

/** Runs syncs one at a time and keeps the status; see createSyncRunner. */
export type SyncRunner = { run(manual: boolean): Promise<SyncStatus> };

/**
 * Runs team syncs one at a time. A request while one runs is folded into one follow-up run (manual
 * if any request was), so a proposal queued mid-sync is still sent. An automatic run during the
 * backoff after a failure does nothing; a manual one (Sync now, a new proposal) always tries.
 */
export function createSyncRunner(deps: SyncRunnerDeps): SyncRunner {
  let running: Promise<SyncStatus> | null = null;
  let followUp: { manual: boolean; promise: Promise<SyncStatus> } | null = null;

  async function execute(manual: boolean): Promise<SyncStatus> {
    const [server, previous] = await Promise.all([deps.readServer(), deps.readStatus()]);
    if (!server) {
      await deps.leave();
      await deps.writeStatus(IDLE_SYNC_STATUS);
      return IDLE_SYNC_STATUS;
    }
    const waitUntil = previous.state === 'failed' && previous.nextAttemptAt ? Date.parse(previous.nextAttemptAt) : 0;
    if (!manual && waitUntil > deps.clock().getTime()) return previous;
    await deps.writeStatus(syncingStatus(previous));
    let status: SyncStatus;
    try {
      status = syncedStatus(await deps.sync(server, manual), deps.clock());
    } catch (error) {
      const counts = await deps.countOutbox(server).catch(() => ({ waiting: previous.waiting, refused: previous.refused }));
      status = failedStatus(previous, error, counts, deps.clock(), deps.random);
      console.warn(`TAL Scout: team sync failed (${status.problem?.kind}): ${status.problem?.message}`);
    }
    await deps.writeStatus(status);
    return status;
  }

  function run(manual: boolean): Promise<SyncStatus> {
    if (!running) {
      running = execute(manual).finally(() => {
        running = null;
      });
      return running;
    }
    if (followUp) {
      followUp.manual ||= manual;
      return followUp.promise;
    }
    const next: { manual: boolean; promise: Promise<SyncStatus> } = { manual, promise: Promise.resolve(IDLE_SYNC_STATUS) };
    next.promise = running
      .catch(() => undefined)
      .then(() => {
        followUp = null;
        return run(next.manual);
      });
    followUp = next;
    return next.promise;
  }

  return { run };
}
