import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getActivePlaybook, isOnTal, listProposals, listTalOverrides, type TalDb } from '@/lib/db';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import type { Account } from '@/lib/schema/account';
import type { Proposal } from '@/lib/schema/proposal';
import { cachedAccounts } from '@/lib/services/cached-accounts';
import { talMembership } from '@/lib/tal/membership';
import type { TalRow } from './tal-row';

/**
 * The TAL now: accounts on it by their import, their override and every approved decision (lib/tal's
 * talMembership), each evaluated under the playbook in force; plus every proposal for the log and quota.
 */
export function useTalData(db: TalDb, now: number) {
  const data = useLiveQuery(async () => {
    const [active, proposals, overrides] = await Promise.all([getActivePlaybook(db), listProposals(db), listTalOverrides(db)]);
    const overrideOf = new Map(overrides.map((o) => [o.accountId, o]));
    const decided = new Map<string, Proposal[]>();
    for (const p of proposals) decided.set(p.accountId, [...(decided.get(p.accountId) ?? []), p]);
    const onTal = (account: Account) =>
      talMembership([{ id: account.id, onTal: isOnTal(account, overrideOf.get(account.id)) }], decided.get(account.id) ?? []).has(
        account.id,
      );
    // Accounts named by a proposal are kept too, so the log names an account that has left the TAL.
    const kept = await cachedAccounts(db, (account) => decided.has(account.id) || onTal(account));
    return { playbook: active?.playbook, proposals, members: kept.filter(onTal), names: new Map(kept.map((a) => [a.id, a.name])) };
  }, [db]);

  return useMemo(() => {
    if (!data) return undefined;
    const compiled = data.playbook ? compilePlaybook(data.playbook) : undefined;
    const rows: TalRow[] = data.members.map((account) => ({ account, evaluation: compiled?.evaluate(account, undefined, now) }));
    return { rows, proposals: data.proposals, playbook: data.playbook, accountName: (id: string) => data.names.get(id) ?? id };
  }, [data, now]);
}
