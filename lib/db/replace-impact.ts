import { z } from 'zod';
import type { TalDb } from './database';
import { listProposals } from './proposals';
import { listTalOverrides } from './tal-overrides';

/**
 * What replacing the account cache with a file does, said before it is done: how many accounts go
 * and come, and which TAL accounts and open proposals the new file lacks (they stay on the TAL and
 * in Review, shown by name, but their data is gone until a file has them again).
 */
export const ReplaceImpactSchema = z.object({
  accountsBefore: z.number().int().nonnegative(),
  accountsAfter: z.number().int().nonnegative(),
  talMissing: z.array(z.object({ accountId: z.string(), name: z.string() })),
  proposalsMissing: z.array(z.object({ id: z.string(), accountId: z.string(), name: z.string() })),
});
export type ReplaceImpact = z.infer<typeof ReplaceImpactSchema>;

/** The ids a replace must watch for: the TAL's accounts and those of open proposals. */
export async function watchedForReplace(db: TalDb): Promise<string[]> {
  const [records, pending] = await Promise.all([listTalOverrides(db), listProposals(db, { status: 'pending' })]);
  return [...new Set([...records.filter((r) => r.onTal).map((r) => r.accountId), ...pending.map((p) => p.accountId)])];
}

/** The impact of a replace once the new data is read: `missing` are the watched ids it lacked. */
export async function replaceImpact(
  db: TalDb,
  counts: { before: number; after: number },
  missing: readonly string[],
): Promise<ReplaceImpact> {
  const gone = new Set(missing);
  const [records, pending] = await Promise.all([listTalOverrides(db), listProposals(db, { status: 'pending' })]);
  return {
    accountsBefore: counts.before,
    accountsAfter: counts.after,
    talMissing: records
      .filter((r) => r.onTal && gone.has(r.accountId))
      .map((r) => ({ accountId: r.accountId, name: r.name ?? r.accountId }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    proposalsMissing: pending
      .filter((p) => gone.has(p.accountId))
      .map((p) => ({ id: p.id, accountId: p.accountId, name: p.accountName ?? p.accountId })),
  };
}
