import { useEffect, useState } from 'react';
import { parseTeamServer, type TeamServer, teamServerItem } from '@/lib/settings/team';

export type TeamServerItem = Pick<typeof teamServerItem, 'getValue' | 'setValue' | 'watch'>;

/** The team server setting, live: undefined while it is read, null in solo mode. Connecting or disconnecting elsewhere shows at once. */
export function useTeamServer(item: TeamServerItem = teamServerItem): TeamServer | null | undefined {
  const [server, setServer] = useState<TeamServer | null | undefined>(undefined);
  useEffect(() => {
    // The first read may answer after a change was already watched: the change is newer, so it wins.
    let stale = false;
    item.getValue().then((value) => {
      if (!stale) setServer(parseTeamServer(value));
    });
    const unwatch = item.watch((value) => {
      stale = true;
      setServer(parseTeamServer(value));
    });
    return () => {
      stale = true;
      unwatch();
    };
  }, [item]);
  return server;
}
