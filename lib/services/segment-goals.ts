import type { TalDb } from '../db/database';
import { readActiveCache } from '../db/generations';
import { readGenerationAccounts } from '../db/read-generation';
import { isOnTal, listTalOverrides } from '../db/tal-overrides';
import type { CompiledPlaybook } from '../rules/compile-playbook';
import { countsToward, createGoalCounter, type GoalProgress } from '../rules/segment-goals';

/** The measured segments' progress on the whole cache (the TAL as decided), read a few chunks at a time. */
export async function segmentGoalProgress(
  db: TalDb,
  compiled: CompiledPlaybook,
  now: number,
  signal?: AbortSignal,
): Promise<GoalProgress[]> {
  const counter = createGoalCounter(compiled, now);
  const active = await readActiveCache(db);
  if (!counter.measured || !active) return counter.progress();
  const decided = new Map((await listTalOverrides(db)).map((row) => [row.accountId, row]));
  for await (const { accounts } of readGenerationAccounts(db, active.generation, signal)) {
    for (const account of accounts) counter.add(account, isOnTal(account, decided.get(account.id)));
  }
  return counter.progress();
}

/**
 * Proof of fit (the segment health checklist): how many customers each top-level segment holds in
 * the cache, in list order. A segment without customers has no proof that its accounts fit.
 */
export async function customersPerSegment(db: TalDb, compiled: CompiledPlaybook, now: number, signal?: AbortSignal) {
  const counts = new Map(compiled.segments.topLevelIds.map((id) => [id, 0]));
  const active = await readActiveCache(db);
  if (!active) return counts;
  for await (const { accounts } of readGenerationAccounts(db, active.generation, signal)) {
    for (const account of accounts) {
      if (!countsToward('customers', account, false)) continue;
      for (const match of compiled.segments.matches(account, now)) {
        if (match.depth === 0) counts.set(match.id, (counts.get(match.id) ?? 0) + 1);
      }
    }
  }
  return counts;
}
