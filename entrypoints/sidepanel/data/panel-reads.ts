import type { AccountCache } from '@/lib/db';
import {
  allOutboxRows,
  getActivePlaybook,
  getAnswers,
  getTalOverride,
  isOnTal,
  listProposals,
  listRecertifications,
  readAlerts,
  type TalDb,
} from '@/lib/db';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import { evidenceOf } from '@/lib/rules/evidence-of';
import { recertifyRows } from '@/lib/rules/recertify';
import type { Account } from '@/lib/schema/account';
import { suggestFits } from '@/lib/services/suggestions';
import { SOLO_ACTOR_ID } from '@/lib/services/tal/solo-actor';
import { entryAccount, readTalEntries, readTalTeams } from '@/lib/services/tal-entries';
import { periodOf } from '@/lib/tal/period';
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
        ...(answers?.by ? { answeredBy: { ...answers.by, at: answers.updatedAt } } : {}),
        proposals: proposals.reverse(),
      };
    },
    async accounts(ids) {
      const found = await Promise.all(ids.map((id) => cache.getAccount(id)));
      return found.filter((account): account is Account => account !== undefined);
    },
    searchAccounts: (text, limit) => cache.searchByName(text, limit),
    async recertifyDue(me, period) {
      const [{ ids, teamOf }, records] = await Promise.all([readTalTeams(db), listRecertifications(db, period)]);
      const kept = new Set(records.map((r) => r.accountId));
      let due = 0;
      for (const accountId of ids) if (!kept.has(accountId) && (me.id === SOLO_ACTOR_ID || teamOf(accountId) === me.team)) due++;
      return due;
    },
    async recertifyDueList(me, limit) {
      const [active, entries, records] = await Promise.all([getActivePlaybook(db), readTalEntries(db), listRecertifications(db)]);
      const at = Date.now();
      const period = periodOf(new Date(at), active?.playbook.tal.period ?? 'quarter').key;
      const compiled = active ? compilePlaybook(active.playbook) : undefined;
      const mine = entries
        .map((entry) => ({ account: entryAccount(entry), evaluation: entry.account && compiled?.evaluate(entry.account, undefined, at) }))
        .filter(({ account }) => me.id === SOLO_ACTOR_ID || account.team === me.team);
      return recertifyRows(mine, compiled, records, period, at)
        .filter((row) => row.record === undefined)
        .slice(0, limit)
        .map(({ account, evaluation, flags }) => ({
          id: account.id,
          name: account.name,
          flags,
          ...(evaluation ? { evidence: evidenceOf(evaluation) } : {}),
        }));
    },
    recertification: async (accountId, period) => (await listRecertifications(db, period)).find((record) => record.accountId === accountId),
    async suggestions(me, limit) {
      const active = await getActivePlaybook(db);
      if (!active) return [];
      const found = await suggestFits(db, compilePlaybook(active.playbook), {
        ...(me.id === SOLO_ACTOR_ID ? {} : { team: me.team }),
        limit,
        now: Date.now(),
      });
      return found.map(({ account, evaluation }) => ({
        id: account.id,
        name: account.name,
        tier: evaluation.priority.tierName ?? evaluation.priority.tier,
        score: evaluation.priority.score,
        evidence: evidenceOf(evaluation),
      }));
    },
    async alerts() {
      const row = await readAlerts(db);
      return { notices: row?.notices ?? [], muted: row?.muted ?? [] };
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
