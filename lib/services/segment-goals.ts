import type { TalDb } from '../db/database';
import { readActiveCache } from '../db/generations';
import { readGenerationAccounts } from '../db/read-generation';
import { isOnTal, listTalOverrides } from '../db/tal-overrides';
import type { CompiledPlaybook } from '../rules/compile-playbook';
import { createGoalCounter, type GoalProgress } from '../rules/segment-goals';

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
