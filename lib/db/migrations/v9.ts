import { hashKey } from '../key-hash';
import type { AlertPassingRow } from '../rows';
import type { Migration } from './migration';

/** Bits of the id's hash that pick the bucket, as lib/db/alert-scan's ALERT_PASSING_BUCKET_BITS was when this version was made. */
const BUCKET_BITS = 14;

type Passing = Record<string, string[]>;

/**
 * Version 9: which alerts pass for each account moves from one `meta` row (`alertPassing`, or
 * before it the `passing` field of the `alerts` row) into the `alertPassing` table, the accounts
 * spread over 16,384 buckets by a hash of their id: a scan of a team sync's delta reads and writes
 * only its accounts' buckets, where it read and wrote every passing account. An `alerts` row that
 * still carries `passing` loses it here (its state moves, so no alert rings again for it).
 */
export const v9: Migration = {
  version: 9,
  stores: { alertPassing: 'bucket' },
  upgrade: async (transaction) => {
    const meta = transaction.table('meta');
    const row = (await meta.get('alertPassing')) as { passing?: Passing } | undefined;
    const alerts = (await meta.get('alerts')) as ({ passing?: Passing } & Record<string, unknown>) | undefined;
    const passing = row?.passing ?? alerts?.passing ?? {};
    const buckets = new Map<number, Passing>();
    for (const [id, alertIds] of Object.entries(passing)) {
      const bucket = hashKey(id) >>> (32 - BUCKET_BITS);
      const entries = buckets.get(bucket) ?? {};
      entries[id] = alertIds;
      buckets.set(bucket, entries);
    }
    const rows: AlertPassingRow[] = [...buckets].map(([bucket, entries]) => ({ bucket, passing: entries }));
    await transaction.table('alertPassing').bulkAdd(rows);
    await meta.delete('alertPassing');
    if (alerts && 'passing' in alerts) {
      const { passing: _moved, ...rest } = alerts;
      await meta.put(rest);
    }
  },
};
