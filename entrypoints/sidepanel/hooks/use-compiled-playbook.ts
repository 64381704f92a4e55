import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { type CompiledPlaybook, compilePlaybook } from '@/lib/rules';
import { usePanelServices } from '../services';

/** The playbook compiled once per version: undefined while loading, null when none is loaded. */
export function useCompiledPlaybook(): CompiledPlaybook | null | undefined {
  const { reads } = usePanelServices();
  const playbook = useLiveQuery(() => reads.playbook(), [reads]);
  return useMemo(() => (playbook === undefined ? undefined : playbook === null ? null : compilePlaybook(playbook)), [playbook]);
}
