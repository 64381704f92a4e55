import type { TalDb } from '../db/database';
import { readActiveCache } from '../db/generations';
import { readGenerationAccounts } from '../db/read-generation';
import { isOnTal, listTalOverrides } from '../db/tal-overrides';
import { compileAlerts } from '../rules/alerts';
import type { Alert } from '../schema/playbook';

/**
 * How many cached accounts each alert's rule passes for now, in its scope (the TAL as decided, or
 * every account): what a manager sees before saving an alert. Read a few chunks at a time.
 */
export async function alertsPassingNow(
  db: TalDb,
  alerts: readonly Alert[],
  now: number,
  signal?: AbortSignal,
): Promise<Map<string, number>> {
  const counts = new Map(alerts.map((alert) => [alert.id, 0]));
  const active = await readActiveCache(db);
  if (!active || alerts.length === 0) return counts;
  const compiled = compileAlerts(alerts);
  const decided = new Map((await listTalOverrides(db)).map((row) => [row.accountId, row]));
  for await (const { accounts } of readGenerationAccounts(db, active.generation, signal)) {
    for (const account of accounts) {
      const passing = compiled.passing(account, now);
      if (passing.size === 0) continue;
      const listed = isOnTal(account, decided.get(account.id));
      for (const alert of alerts) {
        if (passing.has(alert.id) && (alert.scope === 'all' || listed)) counts.set(alert.id, (counts.get(alert.id) ?? 0) + 1);
      }
    }
  }
  return counts;
}
