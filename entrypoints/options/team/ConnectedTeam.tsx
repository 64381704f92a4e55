import { useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { SyncStatus, TeamServer } from '@/lib/settings/team';
import { SyncStatusText } from './SyncStatusText';

export type ConnectedTeamProps = {
  server: TeamServer;
  status: SyncStatus | undefined;
  now: number;
  syncNow(): Promise<unknown>;
  disconnect(): Promise<void>;
};

/** Who this browser is on the team server, how the sync stands, and the two things to do: sync now, or go back to solo mode. */
export function ConnectedTeam({ server, status, now, syncNow, disconnect }: ConnectedTeamProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<'sync' | 'disconnect' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { member } = server;
  const run = (what: 'sync' | 'disconnect', act: () => Promise<unknown>) => async () => {
    setBusy(what);
    setError(null);
    try {
      await act();
    } catch (failure) {
      setError(t('common.error', { message: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setBusy(null);
    }
  };
  const role = t(`team.role.${member.role}`);
  return (
    <>
      <div className="card" data-testid="team-member">
        <p>{t('team.connected', { url: server.url })}</p>
        <p>
          {member.team ? t('team.who', { name: member.name, role, team: member.team }) : t('team.who.noTeam', { name: member.name, role })}
        </p>
      </div>
      <section className="card" aria-labelledby="team-sync">
        <h2 id="team-sync">{t('team.sync.heading')}</h2>
        {status ? <SyncStatusText status={status} now={now} /> : <p className="muted">{t('common.loading')}</p>}
        {error && <p role="alert">{error}</p>}
        <div className="actions">
          <button type="button" className="primary" disabled={busy !== null || status?.state === 'syncing'} onClick={run('sync', syncNow)}>
            {t('team.syncNow')}
          </button>
          <button type="button" disabled={busy !== null} onClick={run('disconnect', disconnect)} aria-describedby="team-disconnect-note">
            {t('team.disconnect')}
          </button>
        </div>
        <p id="team-disconnect-note" className="muted">
          {t('team.disconnect.note')}
        </p>
      </section>
    </>
  );
}
