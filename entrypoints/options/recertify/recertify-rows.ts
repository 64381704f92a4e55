import type { Recertified, RecertifyFlag } from '@/lib/rules/recertify';
import type { TalRow } from '../tal/tal-row';

/** A TAL account at recertification (lib/rules recertifyRows): its flags, and this period's record of it, if any. */
export type RecertifyRow = Recertified<TalRow>;

/** The view's filters; an empty string means any. `flag` may be `none` (healthy accounts). */
export type RecertifyFilter = { flag: string; team: string; owner: string; segment: string; status: '' | 'open' | 'kept' };
export const NO_RECERTIFY_FILTER: RecertifyFilter = { flag: '', team: '', owner: '', segment: '', status: '' };

/** The rows that pass every filter. */
export function filterRecertify(rows: readonly RecertifyRow[], filter: RecertifyFilter): RecertifyRow[] {
  return rows.filter(
    (row) =>
      (filter.flag === '' || (filter.flag === 'none' ? row.flags.length === 0 : row.flags.includes(filter.flag as RecertifyFlag))) &&
      (filter.team === '' || row.account.team === filter.team) &&
      (filter.owner === '' || (row.account.ownerId ?? '') === filter.owner) &&
      (filter.segment === '' || (row.evaluation?.segments.some((s) => s.id === filter.segment) ?? false)) &&
      (filter.status === '' || (filter.status === 'kept' ? row.record?.action === 'keep' : row.record === undefined)),
  );
}
