import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import { getActivePlaybook } from '@/lib/db';
import { IDLE_SYNC_STATUS, syncStatusItem, teamServerItem } from '@/lib/settings/team';
import { useOptionsServices } from '../services';
import { ConnectedTeam } from './ConnectedTeam';
import { ConnectForm } from './ConnectForm';
import { TeamMembers } from './TeamMembers';
import { useNow } from './use-now';
import { type SyncStatusItem, useSyncStatus } from './use-sync-status';
import { type TeamServerItem, useTeamServer } from './use-team-server';

/** The stored settings the section reads and writes (the extension's own by default). */
export type TeamSectionProps = { server?: TeamServerItem; status?: SyncStatusItem };

/**
 * The Team section: connect this browser to the team server (address and token, checked first),
 * see who you are there and how the sync stands, sync now, or disconnect back to solo mode.
 */
export function TeamSection({ server = teamServerItem, status = syncStatusItem }: TeamSectionProps) {
  const { t } = useI18n();
  const { checkConnection: check, syncNow, clock, membersClient, db } = useOptionsServices();
  const current = useTeamServer(server);
  const teams = useLiveQuery(async () => (await getActivePlaybook(db))?.playbook.tal.teams ?? [], [db]);
  // Admins and managers see the team's members; a rep has no such screen (the server would refuse it).
  const client = useMemo(
    () => (current && current.member.role !== 'rep' ? membersClient({ url: current.url, token: current.token }) : null),
    [current, membersClient],
  );
  const syncStatus = useSyncStatus(status);
  const now = useNow(clock);
  const [disconnected, setDisconnected] = useState(false);
  const [lastUrl, setLastUrl] = useState<string | undefined>(undefined);
  // A failed sync is reported in the status; the answer of the request itself adds nothing.
  const sync = () => syncNow().catch((error: unknown) => console.warn('TAL Scout: sync request failed', error));

  if (current === undefined) return <p className="muted">{t('common.loading')}</p>;
  return (
    <>
      <p className="muted">{t('team.intro')}</p>
      {current ? (
        <>
          <ConnectedTeam
            server={current}
            status={syncStatus}
            now={now}
            syncNow={syncNow}
            disconnect={async () => {
              setLastUrl(current.url);
              await server.setValue(null);
              setDisconnected(true);
              await sync();
            }}
          />
          {client && <TeamMembers client={client} me={current.member} teams={teams ?? []} serverUrl={current.url} now={now} />}
        </>
      ) : (
        <>
          <p role="status">{disconnected && t('team.disconnected')}</p>
          <ConnectForm
            check={check}
            initialUrl={lastUrl}
            connect={async (url, token, checked) => {
              await status.setValue(IDLE_SYNC_STATUS);
              await server.setValue({ url, token, member: checked.member, connectedAt: new Date(clock()).toISOString() });
              setDisconnected(false);
              await sync();
            }}
          />
        </>
      )}
    </>
  );
}
