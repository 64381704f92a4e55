import type { Recertification } from '../schema/recertification';
import type { TalDb } from './database';
import { RecertificationsRowSchema } from './rows';
import { parseStoredRow } from './stored-row';

/** Every recertification this browser knows of (its own in solo mode, the team's mirrored in team mode). */
export async function listRecertifications(db: TalDb, period?: string): Promise<Recertification[]> {
  const row = parseStoredRow(RecertificationsRowSchema, await db.meta.get('recertifications'), 'meta', 'recertifications');
  const records = row?.records ?? [];
  return period === undefined ? records : records.filter((r) => r.period === period);
}

/**
 * Records recertifications: each replaces the earlier record of its account in its period. With
 * `replacePeriod`, the period's records are first dropped (a team sync brings the server's whole list).
 * Read and written in one transaction over `meta`.
 */
export async function putRecertifications(db: TalDb, records: readonly Recertification[], replacePeriod?: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = await listRecertifications(db);
    const key = (r: Recertification) => `${r.period}\u0000${r.accountId}`;
    const byKey = new Map(current.filter((r) => r.period !== replacePeriod).map((r) => [key(r), r]));
    for (const record of records) byKey.set(key(record), record);
    await db.meta.put({ key: 'recertifications', records: [...byKey.values()] });
  });
}
