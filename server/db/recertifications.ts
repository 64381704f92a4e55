import type { Recertification } from '../../lib/schema/recertification';
import type { Queryable } from './types';

/** Records an account's recertification for a period; a later action on it in the same period replaces the earlier. */
export async function upsertRecertification(tx: Queryable, r: Recertification): Promise<void> {
  await tx.query(
    `INSERT INTO recertifications (period, account_id, action, reason, actor_id, actor_name, team, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (period, account_id) DO UPDATE SET action = EXCLUDED.action, reason = EXCLUDED.reason,
       actor_id = EXCLUDED.actor_id, actor_name = EXCLUDED.actor_name, team = EXCLUDED.team, created_at = EXCLUDED.created_at`,
    [r.period, r.accountId, r.action, r.reason, r.actorId, r.actorName ?? null, r.team, r.at],
  );
}

/** A period's records, of one team (or all when `team` is null), oldest first. */
export async function listRecertifications(db: Queryable, period: string, team: string | null): Promise<Recertification[]> {
  const rows = await db.query<{
    account_id: string;
    action: 'keep' | 'remove';
    reason: string;
    actor_id: string;
    actor_name: string | null;
    team: string | null;
    created_at: Date | string;
  }>(
    `SELECT account_id, action, reason, actor_id, actor_name, team, created_at FROM recertifications
     WHERE period = $1 AND ($2::text IS NULL OR team = $2) ORDER BY created_at, account_id`,
    [period, team],
  );
  return rows.map((r) => ({
    accountId: r.account_id,
    period,
    action: r.action,
    reason: r.reason,
    actorId: r.actor_id,
    ...(r.actor_name === null ? {} : { actorName: r.actor_name }),
    team: r.team,
    at: new Date(r.created_at).toISOString(),
  }));
}
