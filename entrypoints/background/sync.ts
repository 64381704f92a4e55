import { browser } from 'wxt/browser';
import { createDexieOutbox, leaveTeamMode, type TalDb } from '@/lib/db';
import { onMessage as onProtocolMessage } from '@/lib/messaging/protocol';
import { requireExtensionPage } from '@/lib/messaging/trusted-sender';
import { currentTranslator } from '@/lib/services/current-translator';
import { parseSyncStatus, parseTeamServer, type SyncStatus, syncStatusItem, teamServerItem } from '@/lib/settings/team';
import type { FetchLike } from '@/lib/sync/client';
import { createSyncRunner, type SyncRunner } from '@/lib/sync/sync-runner';
import { browserFetch, teamClient } from '@/lib/sync/team-client';
import { runTeamSync } from '@/lib/sync/team-sync';
import { thisExtension } from './messages';

/** The alarm that wakes the background to sync. */
export const SYNC_ALARM = 'tal-team-sync';
/** Minutes between automatic syncs (Chrome's alarms fire at most every 30 s). */
export const SYNC_PERIOD_MINUTES = 1;

export type TeamSyncSetupDeps = {
  db: TalDb;
  api?: Pick<typeof browser, 'alarms'>;
  fetch?: FetchLike;
  clock?: () => Date;
  random?: () => number;
  server?: Pick<typeof teamServerItem, 'getValue' | 'setValue' | 'watch'>;
  status?: Pick<typeof syncStatusItem, 'getValue' | 'setValue'>;
  onMessage?: typeof onProtocolMessage;
};

/**
 * Keeps this browser in step with the team server: every minute (an alarm), at once when the server
 * setting changes or a page asks (`syncNow`: a new proposal, "Sync now"), with backoff after failures.
 * Back in solo mode when the setting is cleared. Returns the runner (tests drive it).
 */
export function setupTeamSync({
  db,
  api = browser,
  fetch = browserFetch,
  clock = () => new Date(),
  random = Math.random,
  server = teamServerItem,
  status = syncStatusItem,
  onMessage = onProtocolMessage,
}: TeamSyncSetupDeps): SyncRunner {
  const readServer = async () => parseTeamServer(await server.getValue());
  const runner = createSyncRunner({
    readServer,
    readStatus: async () => parseSyncStatus(await status.getValue()),
    writeStatus: (next: SyncStatus) => status.setValue(next),
    sync: (current, manual) =>
      runTeamSync({
        db,
        server: current,
        client: teamClient(current, fetch),
        clock,
        random,
        manual,
        translate: () => currentTranslator(),
        memberChanged: async (member) => {
          // Only if the setting still names this server and token: a disconnect meanwhile wins.
          const latest = await readServer();
          if (latest?.url === current.url && latest.token === current.token) await server.setValue({ ...latest, member });
        },
      }),
    countOutbox: async (current) => {
      const items = await createDexieOutbox(db, { server: current.url, memberId: current.member.id }).all();
      return {
        waiting: items.filter((i) => i.state === 'queued').length,
        refused: items.filter((i) => i.state === 'refused' || i.state === 'failed').length,
      };
    },
    leave: async () => {
      await leaveTeamMode(db);
    },
    clock,
    random,
  });
  const report = (error: unknown) => console.error('TAL Scout: the team sync could not run', error);

  onMessage('syncNow', ({ sender }) => {
    requireExtensionPage(sender, thisExtension());
    return runner.run(true);
  });
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) runner.run(false).catch(report);
  });
  server.watch(() => {
    runner.run(true).catch(report);
  });
  // Created once: recreating it at each service-worker start would push the next sync back every time.
  api.alarms
    .get(SYNC_ALARM)
    .then(async (alarm) => {
      if (!alarm) await api.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
    })
    .catch(report);
  runner.run(false).catch(report);
  return runner;
}
