import type { TalDb } from '../db/database';
import type { CompiledPlaybook } from '../rules/compile-playbook';
import { createHealthTally } from '../rules/health';
import type { HealthReport } from '../rules/health-report';
import { type CacheWalkOptions, forEachCachedAccount } from './cached-accounts';

/**
 * The segment health report of a playbook on the whole account cache, streamed through it (no
 * account kept): what the playbook editor previews. `signal` stops it when the draft changes.
 */
export async function cacheHealthReport(
  db: TalDb,
  compiled: CompiledPlaybook,
  now: number,
  options: CacheWalkOptions = {},
): Promise<HealthReport> {
  const tally = createHealthTally(compiled, now);
  await forEachCachedAccount(db, (account) => tally.add(account), options);
  return tally.report();
}
