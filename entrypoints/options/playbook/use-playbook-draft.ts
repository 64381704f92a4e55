import { useCallback, useMemo, useState } from 'react';
import { parsePlaybook } from '@/lib/schema/load-playbook';
import type { DraftState } from './draft-context';
import type { DraftPath } from './draft-path';
import { setIn } from './draft-path';
import { splitErrors } from './errors-at';

/** The draft of a playbook under edit, validated with `parsePlaybook` on every change. */
export function usePlaybookDraft(initial: unknown, readOnly: boolean) {
  const [draft, setDraft] = useState<unknown>(initial);
  const result = useMemo(() => parsePlaybook(draft), [draft]);
  const errors = useMemo(() => (result.ok ? [] : splitErrors(result.errors)), [result]);
  const update = useCallback((path: DraftPath, value: unknown) => setDraft((d: unknown) => setIn(d, path, value)), []);
  const change = useCallback((edit: (d: unknown) => unknown) => setDraft(edit), []);
  const state: DraftState = useMemo(() => ({ draft, errors, update, change, readOnly }), [draft, errors, update, change, readOnly]);
  // Compared as checked playbooks, so defaults filled in by a save do not count as a change.
  const dirty = useMemo(() => {
    const before = parsePlaybook(initial);
    return !result.ok || !before.ok || JSON.stringify(result.playbook) !== JSON.stringify(before.playbook);
  }, [result, initial]);
  return { state, result, dirty, reset: () => setDraft(initial) };
}
