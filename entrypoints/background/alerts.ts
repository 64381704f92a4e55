import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { activePointer, cacheVersion, getActivePlaybook, markAlertsRead, readAlerts, scanAlerts, type TalDb } from '@/lib/db';
import { currentTranslator } from '@/lib/services/current-translator';
import { alertAudience, alertScansItem, focusAccountItem } from '@/lib/settings/alerts';
import { parseTeamServer, teamServerItem } from '@/lib/settings/team';

/** Notification ids of alerts start so, followed by the notice's id (or SUMMARY and the first notice's id). */
const PREFIX = 'tal-alert:';
/** The notification that stands for many alerts fired at once. */
const SUMMARY = 'summary:';
/**
 * The most alerts one scan notifies of one by one; past it, one notification gives the count (each
 * of Chrome's notifications costs the browser's main thread several milliseconds, and a rep cannot
 * read thousands).
 */
const NOTIFICATIONS_AT_ONCE = 3;

type NotificationsApi = Pick<typeof browser.notifications, 'create' | 'clear' | 'onClicked'>;

export type AlertsSetupDeps = {
  db: TalDb;
  notifications?: NotificationsApi;
  server?: Pick<typeof teamServerItem, 'getValue'>;
  focus?: Pick<typeof focusAccountItem, 'setValue'>;
  /** Counts finished scans (session storage), so one can tell a scan has run. */
  scans?: Pick<typeof alertScansItem, 'getValue' | 'setValue'>;
  openPanel?: () => Promise<void>;
  clock?: () => Date;
  /**
   * How long the data must stay unchanged before a scan starts: imports come in runs (a replace, then
   * merges; a sync's pages), and scanning each step would read the whole cache for nothing.
   */
  settleMs?: number;
};

/**
 * Alerts, computed in this browser: whenever the cache gets new data (an import, a team sync, the demo
 * data) or the playbook changes, once that has settled, the background scans the accounts (scanAlerts: edge-triggered, so the
 * same data twice rings nothing twice) and shows a notification for each alert that fired for this
 * person. Clicking one marks it read and opens the account in the panel. Nothing leaves the browser.
 */
export function setupAlerts({
  db,
  notifications = browser.notifications,
  server = teamServerItem,
  focus = focusAccountItem,
  scans = alertScansItem,
  openPanel = openSidePanel,
  clock = () => new Date(),
  settleMs = 1500,
}: AlertsSetupDeps) {
  const report = (error: unknown) => {
    if (error instanceof DOMException && error.name === 'AbortError') return;
    console.error('TAL Scout: could not check the alerts', error);
  };
  let queue: Promise<void> = Promise.resolve();
  // The scan under way or waiting: newer data makes it stale, so it is stopped and the next one waits for the data to settle.
  let current: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const scan = (signal?: AbortSignal) => {
    queue = queue
      .then(async () => {
        signal?.throwIfAborted();
        const member = parseTeamServer(await server.getValue())?.member ?? null;
        const { notices, fired } = await scanAlerts(db, { now: clock(), isFor: alertAudience(member), ...(signal ? { signal } : {}) });
        await scans.setValue((await scans.getValue()) + 1);
        if (fired === 0) return;
        const t = await currentTranslator();
        const iconUrl = browser.runtime.getURL('/icon/128.png');
        if (fired > NOTIFICATIONS_AT_ONCE) {
          // An import of new accounts can fire an alert for thousands: one notification says so, the panel lists them.
          const labels = [...new Set(notices.map((notice) => notice.label))];
          await notifications.create(`${PREFIX}${SUMMARY}${notices[0]?.id ?? Date.now()}`, {
            type: 'basic',
            iconUrl,
            title: t('alerts.summary.title', { count: fired }),
            message: t('alerts.summary.message', { alerts: labels.join(', ') }),
          });
          return;
        }
        for (const notice of notices) {
          await notifications.create(`${PREFIX}${notice.id}`, {
            type: 'basic',
            iconUrl,
            title: notice.label,
            message: t('alerts.notification', { account: notice.accountName }),
          });
        }
      })
      .catch(report);
    return queue;
  };
  // What makes alerts worth checking: another cache generation or overlay revision, another playbook version.
  const subscription = liveQuery(async () => {
    const [pointer, playbook] = await Promise.all([activePointer(db), getActivePlaybook(db)]);
    return `${cacheVersion(pointer)}:${playbook?.version ?? 0}`;
  }).subscribe({
    next: () => {
      current?.abort();
      clearTimeout(timer);
      const controller = new AbortController();
      current = controller;
      timer = setTimeout(() => void scan(controller.signal), settleMs);
    },
    error: report,
  });
  const onClicked = async (id: string) => {
    if (!id.startsWith(PREFIX)) return;
    const noticeId = id.slice(PREFIX.length);
    if (noticeId.startsWith(SUMMARY)) {
      // The summary opens the panel, whose Alerts list shows them; they stay unread until read there.
      await notifications.clear(id);
      await openPanel().catch(() => undefined);
      return;
    }
    const notice = (await readAlerts(db))?.notices.find((n) => n.id === noticeId);
    await notifications.clear(id);
    if (!notice) return;
    await markAlertsRead(db, [noticeId]);
    await focus.setValue({ accountId: notice.accountId, at: Date.now() });
    await openPanel().catch(() => undefined);
  };
  notifications.onClicked.addListener((id) => void onClicked(id).catch(report));
  return {
    scan: () => scan(),
    stop: () => {
      current?.abort();
      clearTimeout(timer);
      subscription.unsubscribe();
    },
  };
}

/** Opens Chrome's side panel in the focused window (a notification click is a user action); Firefox's sidebar is opened by the user. */
async function openSidePanel() {
  const sidePanel = (browser as unknown as { sidePanel?: { open(o: { windowId: number }): Promise<void> } }).sidePanel;
  const window = await browser.windows.getLastFocused();
  if (sidePanel && window.id !== undefined) await sidePanel.open({ windowId: window.id });
}
