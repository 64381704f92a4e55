import type { AccountEvaluation } from '@/lib/rules/result';
import type { Account } from '@/lib/schema/account';

/**
 * An account on the TAL with what the playbook says of it now (undefined without a valid playbook,
 * or when the account data lacks it: `missing`, shown by the name its TAL record kept).
 */
export type TalRow = { account: Account; evaluation: AccountEvaluation | undefined; missing?: boolean };

/** The TAL's filters; an empty string means any. */
export type TalFilter = { search: string; team: string; tier: string; segment: string };

export const NO_TAL_FILTER: TalFilter = { search: '', team: '', tier: '', segment: '' };

/** The top-level segment ids of a row (the one-segment-each view a TAL list needs). */
export function topSegments(row: TalRow): string[] {
  return row.evaluation?.segments.filter((s) => s.parentId === null).map((s) => s.id) ?? [];
}

/** The rows that pass every filter, highest priority first, then by name. */
export function filterTal(rows: readonly TalRow[], filter: TalFilter): TalRow[] {
  const needle = filter.search.trim().toLowerCase();
  return rows
    .filter(({ account }) => needle === '' || account.name.toLowerCase().includes(needle) || (account.domain ?? '').includes(needle))
    .filter(({ account }) => filter.team === '' || account.team === filter.team)
    .filter(({ evaluation }) => filter.tier === '' || evaluation?.priority.tier === filter.tier)
    .filter((row) => filter.segment === '' || (row.evaluation?.segments.some((s) => s.id === filter.segment) ?? false))
    .sort(
      (a, b) => (b.evaluation?.priority.score ?? 0) - (a.evaluation?.priority.score ?? 0) || a.account.name.localeCompare(b.account.name),
    );
}
