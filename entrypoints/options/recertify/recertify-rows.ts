import type { CompiledPlaybook } from '@/lib/rules/compile-playbook';
import { type RecertifyFlag, recertifyFlags } from '@/lib/rules/recertify';
import type { Recertification } from '@/lib/schema/recertification';
import type { TalRow } from '../tal/tal-row';

/** A TAL account at recertification: its flags (spec §5 `tal recertify`), and this period's record of it, if any. */
export type RecertifyRow = TalRow & { flags: RecertifyFlag[]; record: Recertification | undefined };

/** The view's filters; an empty string means any. `flag` may be `none` (healthy accounts). */
export type RecertifyFilter = { flag: string; team: string; owner: string; segment: string; status: '' | 'open' | 'kept' };
export const NO_RECERTIFY_FILTER: RecertifyFilter = { flag: '', team: '', owner: '', segment: '', status: '' };

/**
 * The rows of this period's recertification: every TAL account with its flags (an account the data
 * lacks has no evaluation: it needs data) and its record this period; flagged accounts first (the
 * most flags first), then those still open, then by name.
 */
export function recertifyRows(
  rows: readonly TalRow[],
  compiled: CompiledPlaybook | undefined,
  records: readonly Recertification[],
  period: string,
  now: number,
): RecertifyRow[] {
  const latest = new Map<string, Recertification>();
  for (const record of records) if (record.period === period) latest.set(record.accountId, record);
  return rows
    .map((row): RecertifyRow => {
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
