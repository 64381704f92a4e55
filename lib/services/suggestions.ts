import type { TalDb } from '../db/database';
import { readActiveCache } from '../db/generations';
import { listProposals } from '../db/proposals';
import { readGenerationAccounts } from '../db/read-generation';
import { isOnTal, listTalOverrides } from '../db/tal-overrides';
import type { CompiledPlaybook } from '../rules/compile-playbook';
import type { AccountEvaluation } from '../rules/result';
import type { Account } from '../schema/account';

/** An account that fits the ICP and is not on the TAL, with its evaluation. */
export type Suggestion = { account: Account; evaluation: AccountEvaluation };

export type SuggestOptions = {
  /** Only this team's accounts (a rep's or a team manager's view); every team when undefined. */
  team?: string;
  /** How many to return, best first. */
  limit: number;
  now: number;
  signal?: AbortSignal;
};

/**
 * "Fits but not on the TAL": the cached accounts whose verdict is fit, that are not on the TAL (as
 * decided) and have no open add proposal, ranked by priority (then name), the best `limit`. Reads the
 * whole cache a few chunks at a time, keeping only the best so far, so a million accounts never sit
 * in memory; nothing is written.
 */
export async function suggestFits(
  db: TalDb,
  compiled: CompiledPlaybook,
  { team, limit, now, signal }: SuggestOptions,
): Promise<Suggestion[]> {
  const active = await readActiveCache(db);
  if (!active || limit <= 0) return [];
  const [overrides, proposals] = await Promise.all([listTalOverrides(db), listProposals(db)]);
  const decided = new Map(overrides.map((row) => [row.accountId, row]));
  const proposed = new Set(proposals.filter((p) => p.type === 'add' && p.status === 'pending').map((p) => p.accountId));
  let best: Suggestion[] = [];
  const better = (a: Suggestion, b: Suggestion) =>
    b.evaluation.priority.score - a.evaluation.priority.score || a.account.name.localeCompare(b.account.name);
  for await (const { accounts } of readGenerationAccounts(db, active.generation, signal)) {
    for (const account of accounts) {
      if (team !== undefined && account.team !== team) continue;
      if (proposed.has(account.id) || isOnTal(account, decided.get(account.id))) continue;
      const evaluation = compiled.evaluate(account, undefined, now);
      if (evaluation.icp.verdict !== 'fit') continue;
      best.push({ account, evaluation });
    }
    // Keep the list short between reads: sorted and cut once it is twice what is asked.
    if (best.length > 2 * limit) best = best.sort(better).slice(0, limit);
  }
  return best.sort(better).slice(0, limit);
}
