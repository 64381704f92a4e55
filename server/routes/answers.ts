import { Hono } from 'hono';
import { z } from 'zod';
import { PutAnswersSchema, type SharedAnswers } from '../../lib/schema/shared-answers';
import { whereClause } from '../db/where-clause';
import type { AppDeps } from '../deps';
import { limitBody, MAX_BODY, readBody } from '../http/body';
import type { AppEnv } from '../http/env';
import { badRequest, forbidden, notFound } from '../http/errors';

const ListQuerySchema = z.strictObject({ since: z.iso.datetime({ offset: true }).optional() });

type Row = {
  account_id: string;
  team: string;
  answers: Record<string, boolean>;
  notes: Record<string, string>;
  member_id: string;
  member_name: string | null;
  updated_at: Date | string;
};

/**
 * The judgments a sync asks for: a team's (every team's for an admin, `team` undefined) changed after
 * `since`, oldest change first. Each case has its own text (`whereClause`), so
 * `shared_answers_by_team` gives the changes since the last sync alone, not every judgment ever saved.
 */
export function sharedAnswersQuery(team: string | null | undefined, since: string | undefined) {
  const params: unknown[] = [];
  const where = whereClause(params, [
    team !== undefined && { sql: (p) => `team = ${p}::text`, value: team },
    since !== undefined && { sql: (p) => `updated_at > ${p}::timestamptz`, value: since },
  ]);
  const sql = `SELECT account_id, team, answers, notes, member_id, member_name, updated_at FROM shared_answers${where} ORDER BY updated_at, account_id`;
  return { sql, params };
}

const shared = (r: Row): SharedAnswers => ({
  accountId: r.account_id,
  team: r.team,
  answers: r.answers,
  notes: r.notes,
  updatedBy: r.member_id,
  ...(r.member_name === null ? {} : { updatedByName: r.member_name }),
  updatedAt: new Date(r.updated_at).toISOString(),
});

/**
 * A team's judgments on accounts (issue 28): `PUT /api/answers/<accountId>` (a rep or manager, for
 * their team; the last save wins) and `GET /api/answers?since=<iso>` (the caller's team's, changed
 * after `since`; an admin every team's). Nothing about a page view: only what a rep recorded.
 */
export function answersRoutes({ db, clock }: AppDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const member = c.get('member');
      const query = ListQuerySchema.safeParse(c.req.query());
      if (!query.success) throw badRequest('the only query parameter is since (an ISO date-time)');
      const { sql, params } = sharedAnswersQuery(member.role === 'admin' ? undefined : member.team, query.data.since);
      const rows = await db.query<Row>(sql, params);
      return c.json({ answers: rows.map(shared) });
    })
    .put('/:accountId', limitBody(MAX_BODY), async (c) => {
      const member = c.get('member');
      if (member.role === 'admin' || member.team === null) throw forbidden('judgments are a team’s: a rep or a manager records them');
      const body = await readBody(c, PutAnswersSchema);
      const accountId = c.req.param('accountId');
      const known = await db.query('SELECT 1 FROM accounts WHERE id = $1 AND NOT deleted', [accountId]);
      if (known.length === 0) throw notFound('unknown-account', `no account with id "${accountId}"`);
      const [row] = await db.query<Row>(
        `INSERT INTO shared_answers (account_id, team, answers, notes, member_id, member_name, updated_at)
         VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7)
         ON CONFLICT (account_id, team) DO UPDATE SET answers = EXCLUDED.answers, notes = EXCLUDED.notes,
           member_id = EXCLUDED.member_id, member_name = EXCLUDED.member_name, updated_at = EXCLUDED.updated_at
         RETURNING account_id, team, answers, notes, member_id, member_name, updated_at`,
        [accountId, member.team, JSON.stringify(body.answers), JSON.stringify(body.notes), member.id, member.name, clock()],
      );
      return c.json(shared(row as Row));
    });
}
