import { useEffect, useState } from 'react';
import type { Actor } from '@/lib/services/tal/tal-service';
import { usePanelServices } from '../services';

/** Who the rep is (from the TAL service), asked again when `version` changes (the playbook may name the rep's team). */
export function useMe(version?: unknown): { me?: Actor; error?: string } {
  const { tal } = usePanelServices();
  const [state, setState] = useState<{ me?: Actor; error?: string }>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the signal to ask again.
  useEffect(() => {
    let live = true;
    tal.me().then(
      (me) => live && setState({ me }),
      (error: unknown) => live && setState({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [tal, version]);
  return state;
}
