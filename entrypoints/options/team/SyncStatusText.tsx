import { useI18n } from '@/components/i18n';
import { agoWords } from '@/lib/i18n/ago-words';
import type { SyncProblem, SyncStatus } from '@/lib/settings/team';

/** What the last sync did, in words: "Synced 2 minutes ago.", "Offline — 1 proposal waiting.", the last error. */
export function SyncStatusText({ status, now }: { status: SyncStatus; now: number }) {
  const { t, locale } = useI18n();
  const ago = (iso: string) => agoWords(t, locale, Date.parse(iso), now);
  const problemWords = (problem: SyncProblem) => t(`team.problem.${problem.kind}`, { message: problem.message });
  const offline = status.state === 'failed' && status.problem?.kind === 'offline';

  const lines: string[] = [];
  if (status.state === 'idle') lines.push(t('team.status.idle'));
  if (status.state === 'syncing') lines.push(t('team.status.syncing'));
  if (status.state === 'synced' && status.lastSyncAt) lines.push(t('team.status.synced', { when: ago(status.lastSyncAt) }));
  // "1 proposal waiting", "2 proposals waiting": one plural message (Russian has its three forms).
  const waiting = t('team.waiting', { count: status.waiting });
  if (offline && status.waiting > 0) lines.push(t('team.status.offline', { waiting }));
  else if (status.state === 'failed' && status.problem) lines.push(t('team.status.failed', { problem: problemWords(status.problem) }));
  if (status.state === 'failed')
    lines.push(status.lastSyncAt ? t('team.status.lastSynced', { when: ago(status.lastSyncAt) }) : t('team.status.neverSynced'));
  if (!offline && status.waiting > 0) lines.push(t('team.status.waiting', { waiting }));
  if (status.refused > 0) lines.push(t('team.status.refused', { count: status.refused }));

  return (
    <div
      role="status"
      data-testid="sync-status"
      data-state={status.state}
      data-problem={status.problem?.kind}
      data-last-sync={status.lastSyncAt}
    >
      {lines.map((line) => (
        <p key={line} className={status.state === 'failed' && line === lines[0] ? 'warning' : undefined}>
          {line}
        </p>
      ))}
    </div>
  );
}
