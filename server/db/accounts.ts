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
// and a delta reader never passes a number that a slower writer commits later. It is taken before
// any account row lock, by every writer, so writers cannot deadlock.
export async function lockAccountWrites(tx: Queryable): Promise<void> {
  await tx.query('SELECT id FROM account_write_lock WHERE id = 1 FOR UPDATE');
}

/**
 * How an uploaded account is written over the one stored: replaced (and undeleted) with a new change
 * number only when its document differs, so an account uploaded again unchanged keeps its place in
 * the delta. Shared by every upload (`PUT /api/accounts`, a staged upload's commit).
 */
export const UPSERT_ACCOUNT = `ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document, deleted = false, seq = EXCLUDED.seq, updated_at = EXCLUDED.updated_at
         WHERE accounts.deleted OR accounts.document IS DISTINCT FROM EXCLUDED.document
       RETURNING (xmax = 0) AS created`;

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
       ${UPSERT_ACCOUNT}`,
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

/**
 * Moves an account into the next delta (a TAL decision about it changed its `onTal`). The caller
 * holds lockAccountWrites.
 */
export async function touchAccount(tx: Queryable, id: string, now: Date): Promise<void> {
  await tx.query(`UPDATE accounts SET seq = nextval('account_changes'), updated_at = $2 WHERE id = $1 AND NOT deleted`, [id, now]);
}

/**
 * Accounts changed after change number `since` (all live ones when undefined), oldest change first.
 * Each account's `onTal` is as decided (spec §6): the latest approved add or removal wins over the
 * uploaded field, which a later CRM upload may have set either way.
 */
export async function accountChanges(db: Queryable, since: number | undefined, limit: number) {
  const rows = await db.query<{ id: string; document: Account | null; deleted: boolean; seq: unknown; decided: string | null }>(
    `SELECT a.id, a.document, a.deleted, a.seq, d.type AS decided FROM accounts a
     LEFT JOIN LATERAL (
       SELECT p.type FROM proposals p WHERE p.account_id = a.id AND p.status = 'approved'
       ORDER BY p.decided_at DESC, p.created_at DESC, p.id DESC LIMIT 1
     ) d ON NOT a.deleted
     WHERE a.seq > $1 AND ($2 OR NOT a.deleted) ORDER BY a.seq LIMIT $3`,
    [since ?? 0, since !== undefined, limit],
  );
  const last = rows.at(-1);
  return {
    accounts: rows
      .filter((r) => !r.deleted && r.document !== null)
      .map((r) => (r.decided === null ? (r.document as Account) : { ...(r.document as Account), onTal: r.decided === 'add' })),
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

/** A live account as the TAL needs it: its own onTal field (the base decisions are applied to), name, domain and team. */
export type TalBaseAccount = { id: string; onTal: boolean; name: string; domain?: string; team?: string };

/** Every live account that is or was ever on the TAL by its data or a decision: the base that approved decisions are applied to. */
export async function talBase(db: Queryable): Promise<TalBaseAccount[]> {
  const rows = await db.query<{ id: string; on_tal: boolean | null; name: string; domain: string | null; team: string | null }>(
    // Two indexed reads, not a walk of every account: those the data lists (the partial index
    // accounts_listed, whose size the planner knows) and those an approved decision names.
    `SELECT id, (document->>'onTal')::boolean AS on_tal, document->>'name' AS name, document->>'domain' AS domain, document->>'team' AS team
     FROM accounts WHERE NOT deleted AND (document->>'onTal')::boolean
     UNION
     SELECT a.id, (a.document->>'onTal')::boolean, a.document->>'name', a.document->>'domain', a.document->>'team'
     FROM accounts a JOIN (SELECT DISTINCT account_id FROM proposals WHERE status = 'approved') p ON p.account_id = a.id
     WHERE NOT a.deleted
     ORDER BY id`,
  );
  return rows.map((r) => ({
    id: r.id,
    onTal: r.on_tal === true,
    name: r.name,
    ...(r.domain === null ? {} : { domain: r.domain }),
    ...(r.team === null ? {} : { team: r.team }),
  }));
}
