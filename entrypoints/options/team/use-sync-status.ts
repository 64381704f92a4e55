import { useEffect, useState } from 'react';
import { parseSyncStatus, type SyncStatus, syncStatusItem } from '@/lib/settings/team';

export type SyncStatusItem = Pick<typeof syncStatusItem, 'getValue' | 'setValue' | 'watch'>;

/** The background's sync status, live; undefined while it is read. */
export function useSyncStatus(item: SyncStatusItem = syncStatusItem): SyncStatus | undefined {
  const [status, setStatus] = useState<SyncStatus | undefined>(undefined);
  useEffect(() => {
    let stale = false;
    item.getValue().then((value) => {
      if (!stale) setStatus(parseSyncStatus(value));
    });
    const unwatch = item.watch((value) => {
      stale = true;
      setStatus(parseSyncStatus(value));
    });
    return () => {
      stale = true;
      unwatch();
    };
  }, [item]);
  return status;
}
