import type { Account } from '../schema/account';
import { DEFAULT_DORMANT_DAYS } from '../schema/playbook';
import type { Recertification } from '../schema/recertification';
import type { CompiledPlaybook } from './compile-playbook';
import type { AccountEvaluation } from './result';
import { DAY_MS, readDate } from './values';

/** Why a TAL account needs a look at recertification (spec §5 `tal recertify`), in the contract's order. */
export const RECERTIFY_FLAGS = ['no-fit', 'needs-data', 'dormant', 'no-segment', 'lowest-tier', 'no-owner'] as const;
export type RecertifyFlag = (typeof RECERTIFY_FLAGS)[number];

/**
 * The recertification flags of an account on the TAL, from its evaluation. Dormant: `lastVisitAt`
 * missing, unreadable, or more than `tal.recertify.dormantDays` days before `now`, counted as
 * `olderThanDays` counts (exactly N days is not dormant; a future date is not dormant). Lowest tier:
 * with two or more tiers, the one with the lowest `min` (the first listed on a tie), or no tier.
 */
export function recertifyFlags(compiled: CompiledPlaybook, account: Account, evaluation: AccountEvaluation, now: number): RecertifyFlag[] {
  const flags: RecertifyFlag[] = [];
  const { verdict } = evaluation.icp;
  if (verdict === 'no-fit') flags.push('no-fit');
  if (verdict === 'needs-data') flags.push('needs-data');
  const dormantDays = compiled.playbook.tal.recertify?.dormantDays ?? DEFAULT_DORMANT_DAYS;
  const visited = readDate(account.lastVisitAt);
  if (visited === undefined || now - visited > dormantDays * DAY_MS) flags.push('dormant');
  if (!evaluation.segments.some((segment) => segment.depth === 0)) flags.push('no-segment');
  const lowest = lowestTier(compiled.playbook.priority.tiers);
  if (lowest !== undefined && (evaluation.priority.tier === null || evaluation.priority.tier === lowest)) flags.push('lowest-tier');
  if (account.ownerId === undefined || account.ownerId === '') flags.push('no-owner');
  return flags;
}

/** The id of the tier with the lowest `min` (the first listed on a tie), when the playbook has two or more tiers. */
function lowestTier(tiers: readonly { id: string; min: number }[]): string | undefined {
  if (tiers.length < 2) return undefined;
  let lowest = tiers[0] as { id: string; min: number };
  for (const tier of tiers) if (tier.min < lowest.min) lowest = tier;
  return lowest.id;
}

/** One line of `tal recertify` (spec §5): exactly the contract's keys, in its order. */
export function toRecertifyLine(account: Account, evaluation: AccountEvaluation, flags: readonly RecertifyFlag[]) {
  return {
    accountId: account.id,
    ownerId: account.ownerId ?? null,
    team: account.team ?? null,
    verdict: evaluation.icp.verdict,
    priority: { score: evaluation.priority.score, tier: evaluation.priority.tier },
    segments: evaluation.segments.map((segment) => segment.id),
    flags: [...flags],
  };
}

/** A TAL account at recertification: its flags, and this period's record of it, if any. */
export type Recertified<R> = R & { flags: RecertifyFlag[]; record: Recertification | undefined };

/**
 * This period's recertification of TAL accounts (the options page's view and the panel's list): each
 * with its flags (an account the data lacks has no evaluation: it needs data) and its record this
 * period; flagged accounts first (the most flags first), then those still open, then by name.
 */
export function recertifyRows<R extends { account: Account; evaluation: AccountEvaluation | undefined }>(
  rows: readonly R[],
  compiled: CompiledPlaybook | undefined,
  records: readonly Recertification[],
  period: string,
  now: number,
): Recertified<R>[] {
  const latest = new Map<string, Recertification>();
  for (const record of records) if (record.period === period) latest.set(record.accountId, record);
  return rows
    .map((row): Recertified<R> => {
      const flags: RecertifyFlag[] =
        compiled && row.evaluation ? recertifyFlags(compiled, row.account, row.evaluation, now) : ['needs-data'];
      return { ...row, flags, record: latest.get(row.account.id) };
    })
    .sort(
      (a, b) =>
        b.flags.length - a.flags.length ||
        Number(a.record !== undefined) - Number(b.record !== undefined) ||
        a.account.name.localeCompare(b.account.name),
    );
}
