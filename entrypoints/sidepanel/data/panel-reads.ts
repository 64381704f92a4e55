import type { AccountCache } from '@/lib/db';
import { allOutboxRows, getActivePlaybook, getAnswers, getTalOverride, isOnTal, listProposals, readAlerts, type TalDb } from '@/lib/db';
import type { Account } from '@/lib/schema/account';
import type { PanelReads } from '../services';

/** The panel's reads over the extension's Dexie database and account cache (each runs inside a live query). */
export function createPanelReads(db: TalDb, cache: Pick<AccountCache, 'getAccount' | 'searchByName'>): PanelReads {
  return {
    playbook: async () => (await getActivePlaybook(db))?.playbook ?? null,
    async accountFile(accountId) {
      // The rep's own rows first: these Dexie reads are what the live query watches (the account cache serves from memory).
      const [answers, override, proposals] = await Promise.all([
        getAnswers(db, accountId),
        getTalOverride(db, accountId),
        listProposals(db, { accountId }),
      ]);
      const account = await cache.getAccount(accountId);
      if (!account) return null;
      return {
        account,
        onTal: isOnTal(account, override),
        answers: answers?.answers ?? {},
        notes: answers?.notes ?? {},
        proposals: proposals.reverse(),
      };
    },
    async accounts(ids) {
      const found = await Promise.all(ids.map((id) => cache.getAccount(id)));
      return found.filter((account): account is Account => account !== undefined);
    },
    searchAccounts: (text, limit) => cache.searchByName(text, limit),
    async alerts() {
      const [row, playbook] = await Promise.all([readAlerts(db), getActivePlaybook(db)]);
      const rules = (playbook?.playbook.alerts ?? []).map(({ id, label }) => ({ id, label }));
      return { notices: row?.notices ?? [], rules, muted: row?.muted ?? [] };
    },
    async proposalsBy(proposerId) {
      const outbox = new Map((await allOutboxRows(db)).map((row) => [row.key, row.item.state]));
      return (await listProposals(db))
        .filter((p) => p.proposerId === proposerId)
        .reverse()
        .map((proposal) => {
          const state = outbox.get(proposal.id);
          return state === 'queued' || state === 'refused' || state === 'failed'
            ? { proposal, delivery: state === 'queued' ? 'waiting' : 'refused' }
            : { proposal };
        });
    },
  };
}
