import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getActivePlaybook, listProposals } from '@/lib/db';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import { entryAccount, readTalEntries } from '@/lib/services/tal-entries';
import { useOptionsServices } from '../services';
import type { TalRow } from './tal-row';

/**
 * The TAL now: every account on it (lib/services readTalEntries), evaluated under the playbook in
 * force when the account data has it, shown by the name its record kept when it does not; plus
 * every proposal for the log and quota, and the names accounts are known by.
 */
export function useTalData(now: number) {
  const { db } = useOptionsServices();
  const data = useLiveQuery(async () => {
    const [active, proposals, entries] = await Promise.all([getActivePlaybook(db), listProposals(db), readTalEntries(db)]);
    const names = new Map<string, string>();
    for (const p of proposals) if (p.accountName) names.set(p.accountId, p.accountName);
    for (const entry of entries) names.set(entry.accountId, entryAccount(entry).name);
    return { playbook: active?.playbook, proposals, entries, names };
  }, [db]);

  return useMemo(() => {
    if (!data) return undefined;
    const compiled = data.playbook ? compilePlaybook(data.playbook) : undefined;
    const rows: TalRow[] = data.entries.map((entry) => ({
      account: entryAccount(entry),
      evaluation: entry.account ? compiled?.evaluate(entry.account, undefined, now) : undefined,
      missing: entry.account === undefined,
    }));
    return { rows, proposals: data.proposals, playbook: data.playbook, accountName: (id: string) => data.names.get(id) ?? id };
  }, [data, now]);
}
