import { useEffect, useState } from 'react';
import type { QuotaView } from '@/lib/services/tal/tal-service';
import { usePanelServices } from '../services';

/**
 * The rep's add quota from the TAL service, asked again whenever `version` changes (pass the rep's live
 * proposals, so that proposing or withdrawing moves the meter). Null until known or when it cannot be had.
 */
export function useQuota(team: string | undefined, version: unknown): QuotaView | null {
  const { tal } = usePanelServices();
  const [quota, setQuota] = useState<QuotaView | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the signal to ask again.
  useEffect(() => {
    if (team === undefined) return;
    let live = true;
    tal.quota(team).then(
      (next) => live && setQuota(next),
      (error: unknown) => {
        console.warn('TAL Scout: quota unavailable', error);
        if (live) setQuota(null);
      },
    );
    return () => {
      live = false;
    };
  }, [tal, team, version]);
  return quota;
}
