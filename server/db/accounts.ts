import type { Account } from '../../lib/schema/account';
import type { Queryable } from './types';

/** Rows per INSERT when upserting: large uploads become a few hundred statements, not one per account. */
const BATCH = 1000;

/** What an upload changed. */
export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

// Account writers hold this row lock until commit, so change numbers become visible in order
// and a delta reader never passes a number that a slower writer commits later.
async function lockAccountWrites(tx: Queryable): Promise<void> {
  await tx.query('SELECT id FROM account_write_lock WHERE id = 1 FOR UPDATE');
}

/** Inserts or replaces accounts by id; an account whose document did not change keeps its change number. */
export async function upsertAccounts(tx: Queryable, accounts: readonly Account[], now: Date): Promise<UpsertCounts> {
  await lockAccountWrites(tx);
  const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
  // Sorted by id so that two uploads lock rows in the same order and cannot deadlock.
  const sorted = [...accounts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 0; i < sorted.length; i += BATCH) {
    const batch = sorted.slice(i, i + BATCH);
    const rows = await tx.query<{ created: boolean }>(
      `INSERT INTO accounts (id, document, deleted, seq, updated_at)
       SELECT e->>'id', e, false, nextval('account_changes'), $2 FROM jsonb_array_elements($1::jsonb) AS e
       ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document, deleted = false, seq = EXCLUDED.seq, updated_at = EXCLUDED.updated_at
         WHERE accounts.deleted OR accounts.document IS DISTINCT FROM EXCLUDED.document
       RETURNING (xmax = 0) AS created`,
      [JSON.stringify(batch), now],
    );
    const created = rows.filter((r) => r.created).length;
    counts.created += created;
    counts.updated += rows.length - created;
    counts.unchanged += batch.length - rows.length;
  }
  return counts;
}

/** Marks an account deleted (a tombstone for delta sync). False when there was no such account. */
export async function deleteAccount(tx: Queryable, id: string, now: Date): Promise<boolean> {
  await lockAccountWrites(tx);
  const rows = await tx.query(
    `UPDATE accounts SET deleted = true, document = NULL, seq = nextval('account_changes'), updated_at = $2
     WHERE id = $1 AND NOT deleted RETURNING id`,
    [id, now],
  );
  return rows.length > 0;
}

/** Accounts changed after change number `since` (all live ones when undefined), oldest change first. */
export async function accountChanges(db: Queryable, since: number | undefined, limit: number) {
  const rows = await db.query<{ id: string; document: Account | null; deleted: boolean; seq: unknown }>(
    `SELECT id, document, deleted, seq FROM accounts WHERE seq > $1 AND ($2 OR NOT deleted) ORDER BY seq LIMIT $3`,
    [since ?? 0, since !== undefined, limit],
  );
  const last = rows.at(-1);
  return {
    accounts: rows.filter((r) => !r.deleted && r.document !== null).map((r) => r.document as Account),
    deleted: rows.filter((r) => r.deleted).map((r) => r.id),
    cursor: last === undefined ? (since ?? (await lastChange(db))) : Number(last.seq),
    more: rows.length === limit,
  };
}

async function lastChange(db: Queryable): Promise<number> {
  const [row] = await db.query('SELECT COALESCE(MAX(seq), 0) AS seq FROM accounts');
  return Number(row?.seq ?? 0);
}

/** Locks a live account for the rest of the transaction; undefined when it does not exist. */
export async function lockAccount(tx: Queryable, id: string): Promise<{ id: string; name: string; onTal: boolean } | undefined> {
  const [row] = await tx.query<{ name: string; on_tal: boolean | null }>(
    `SELECT document->>'name' AS name, (document->>'onTal')::boolean AS on_tal FROM accounts WHERE id = $1 AND NOT deleted FOR UPDATE`,
    [id],
  );
  return row === undefined ? undefined : { id, name: row.name, onTal: row.on_tal === true };
}

/** Every live account's id and own onTal field: the base that approved decisions are applied to. */
export async function talBase(db: Queryable): Promise<{ id: string; onTal: boolean }[]> {
  const rows = await db.query<{ id: string; on_tal: boolean | null }>(
    `SELECT id, (document->>'onTal')::boolean AS on_tal FROM accounts WHERE NOT deleted ORDER BY id`,
  );
  return rows.map((r) => ({ id: r.id, onTal: r.on_tal === true }));
}
