import type { Db } from '../db/types';
import type { ClientResults } from './client-thread';

/** What the database holds after the run, checked against what the clients were told. */
export interface Verification {
  stored: number;
  /** Proposals answered 201 that the database does not hold. */
  lost: number;
  /** Proposals stored that no 201 answered, or more than one per key. */
  duplicated: number;
  /** Teams whose pending and approved adds exceed their quota. */
  quotaExceeded: string[];
  /** Accounts with more than one open proposal of a type. */
  doubleOpen: number;
}

/** Compares the database with the answers the workers got. */
export async function verify(
  db: Db,
  run: Pick<ClientResults, 'created'>,
  teams: readonly { id: string; addQuota: number }[],
): Promise<Verification> {
  const rows = await db.query<{ id: string }>('SELECT id FROM proposals');
  const stored = new Set(rows.map((r) => r.id));
  const answered = new Set(run.created.values());
  const lost = [...answered].filter((id) => !stored.has(id)).length;
  const keys = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM idempotency_keys');
  const duplicated = rows.length - answered.size + Math.abs((keys[0]?.n ?? 0) - rows.length);
  const used = await db.query<{ team: string; n: number }>(
    "SELECT team, count(*)::int AS n FROM proposals WHERE type = 'add' AND status IN ('pending', 'approved') GROUP BY team",
  );
  const quotaExceeded = used.filter((u) => u.n > (teams.find((t) => t.id === u.team)?.addQuota ?? 0)).map((u) => u.team);
  const doubleOpen = await db.query(
    "SELECT account_id FROM proposals WHERE status = 'pending' GROUP BY account_id, type HAVING count(*) > 1",
  );
  return { stored: rows.length, lost, duplicated, quotaExceeded, doubleOpen: doubleOpen.length };
}
