import { describe, expect, it, vi } from 'vitest';
import { IDLE_SYNC_STATUS, type SyncStatus, type TeamServer } from '@/lib/settings/team';
import { TalApiError, TalNetworkError } from '@/lib/sync/errors';
import { createSyncRunner, type SyncRunnerDeps } from '@/lib/sync/sync-runner';

const server: TeamServer = {
  url: 'http://127.0.0.1:8787',
  token: 'secret-token',
  member: { id: 'rep-1', name: 'Rita', role: 'rep', team: 'ka' },
  connectedAt: '2026-11-23T09:00:00.000Z',
};

/** A runner over a status in memory and a fake clock; `sync` is what the test makes the server do. */
function runnerWith(sync: SyncRunnerDeps['sync'], options: { server?: TeamServer | null } = {}) {
  let status: SyncStatus = IDLE_SYNC_STATUS;
  let at = Date.parse('2026-11-23T09:00:00.000Z');
  const seen: SyncStatus[] = [];
  const leave = vi.fn(async () => undefined);
  const deps: SyncRunnerDeps = {
    readServer: async () => (options.server === undefined ? server : options.server),
    readStatus: async () => status,
    writeStatus: async (next) => {
      status = next;
      seen.push(next);
    },
    sync,
    countOutbox: async () => ({ waiting: 1, refused: 0 }),
    leave,
    clock: () => new Date(at),
    random: () => 0.5,
  };
  return {
    runner: createSyncRunner(deps),
    status: () => status,
    seen,
    leave,
    advance: (ms: number) => {
      at += ms;
    },
  };
}

describe('the sync runner', () => {
  it('reports a sync that went through, with what waits and what was refused', async () => {
    const { runner, seen } = runnerWith(async () => ({ waiting: 0, refused: 2 }));
    expect(await runner.run(true)).toEqual({
      state: 'synced',
      lastSyncAt: '2026-11-23T09:00:00.000Z',
      lastAttemptAt: '2026-11-23T09:00:00.000Z',
      failures: 0,
      waiting: 0,
      refused: 2,
    });
    expect(seen.map((s) => s.state)).toEqual(['syncing', 'synced']);
  });

  it('backs off with jitter after failures; an automatic run waits, a manual one tries at once', async () => {
    let fail = true;
    const sync = vi.fn(async () => {
      if (fail) throw new TalNetworkError('cannot reach the team server at http://127.0.0.1:8787: fetch failed');
      return { waiting: 0, refused: 0 };
    });
    const { runner, advance, status } = runnerWith(sync);
    expect(await runner.run(false)).toMatchObject({ state: 'failed', failures: 1, waiting: 1, problem: { kind: 'offline' } });
    // backoffDelay(1) with random 0.5 is 750 ms.
    expect(status().nextAttemptAt).toBe('2026-11-23T09:00:00.750Z');
    await runner.run(false);
    expect(sync).toHaveBeenCalledTimes(1);
    advance(1000);
    expect(await runner.run(false)).toMatchObject({ failures: 2 });
    expect(await runner.run(true)).toMatchObject({ failures: 3 });
    expect(sync).toHaveBeenCalledTimes(3);
    fail = false;
    advance(60_000);
    expect(await runner.run(false)).toMatchObject({ state: 'synced', failures: 0 });
    expect(status().problem).toBeUndefined();
  });

  it('keeps the last success when a later sync fails, and names the problem', async () => {
    let error: unknown = null;
    const { runner, advance } = runnerWith(async () => {
      if (error) throw error;
      return { waiting: 0, refused: 0 };
    });
    await runner.run(true);
    advance(120_000);
    error = new TalApiError(401, { error: 'unauthorized', message: 'a valid token is required' });
    expect(await runner.run(true)).toMatchObject({
      state: 'failed',
      lastSyncAt: '2026-11-23T09:00:00.000Z',
      lastAttemptAt: '2026-11-23T09:02:00.000Z',
      problem: { kind: 'unauthorized' },
    });
  });

  it('runs one sync at a time, folding the requests made meanwhile into one more run', async () => {
    const releases: (() => void)[] = [];
    const sync = vi.fn(
      () =>
        new Promise<{ waiting: number; refused: number }>((resolve) => {
          releases.push(() => resolve({ waiting: 0, refused: 0 }));
        }),
    );
    const { runner } = runnerWith(sync);
    const first = runner.run(false);
    const second = runner.run(false);
    const third = runner.run(true);
    await vi.waitFor(() => expect(releases).toHaveLength(1));
    releases[0]?.();
    await first;
    await vi.waitFor(() => expect(releases).toHaveLength(2));
    expect(sync).toHaveBeenLastCalledWith(server, true);
    releases[1]?.();
    expect(await second).toMatchObject({ state: 'synced' });
    expect(await third).toMatchObject({ state: 'synced' });
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it('goes back to solo mode when no server is set', async () => {
    const sync = vi.fn(async () => ({ waiting: 0, refused: 0 }));
    const { runner, leave } = runnerWith(sync, { server: null });
    expect(await runner.run(true)).toEqual(IDLE_SYNC_STATUS);
    expect(leave).toHaveBeenCalledTimes(1);
    expect(sync).not.toHaveBeenCalled();
  });

  it('never writes the token into the status or the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { runner, status } = runnerWith(async () => {
      throw new TalNetworkError('cannot reach the team server at http://127.0.0.1:8787: fetch failed');
    });
    await runner.run(true);
    expect(JSON.stringify(status())).not.toContain('secret-token');
    expect(JSON.stringify(warn.mock.calls)).not.toContain('secret-token');
    warn.mockRestore();
  });
});
