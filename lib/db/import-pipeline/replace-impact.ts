import { z } from 'zod';
import type { TalDb } from '../database';
import { readListing } from '../listed-by-data';
import { listProposals } from '../proposals';
import { listTalOverrides } from '../tal-overrides';

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

/** The accounts on the TAL now, with the name kept for each: decisions first, then the data's listing. */
async function talNames(db: TalDb): Promise<Map<string, string>> {
  const [records, listed] = await Promise.all([listTalOverrides(db), readListing(db)]);
  const decided = new Set(records.map((r) => r.accountId));
  const names = new Map<string, string>();
  for (const r of records) if (r.onTal) names.set(r.accountId, r.name ?? listed.get(r.accountId)?.name ?? r.accountId);
  for (const id of listed.ids) if (!decided.has(id)) names.set(id, (listed.get(id) as { name: string }).name);
  return names;
}

/** The ids a replace must watch for: the TAL's accounts and those of open proposals. */
export async function watchedForReplace(db: TalDb): Promise<string[]> {
  const [tal, pending] = await Promise.all([talNames(db), listProposals(db, { status: 'pending' })]);
  return [...new Set([...tal.keys(), ...pending.map((p) => p.accountId)])];
}

/** The impact of a replace once the new data is read: `missing` are the watched ids it lacked. */
export async function replaceImpact(
  db: TalDb,
  counts: { before: number; after: number },
  missing: readonly string[],
): Promise<ReplaceImpact> {
  const gone = new Set(missing);
  const [tal, pending] = await Promise.all([talNames(db), listProposals(db, { status: 'pending' })]);
  return {
    accountsBefore: counts.before,
    accountsAfter: counts.after,
    talMissing: [...tal]
      .filter(([id]) => gone.has(id))
      .map(([accountId, name]) => ({ accountId, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    proposalsMissing: pending
      .filter((p) => gone.has(p.accountId))
      .map((p) => ({ id: p.id, accountId: p.accountId, name: p.accountName ?? p.accountId })),
  };
}
