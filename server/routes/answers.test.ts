import { describe, expect, it } from 'vitest';
import { TEST_DB_KINDS } from '../testing/databases';
import { genericPlan } from '../testing/generic-plan';
import { useHarness } from '../testing/suite';
import { sharedAnswersQuery } from './answers';

describe.each(TEST_DB_KINDS)('/api/answers on %s', (kind) => {
  const h = useHarness(kind);
  const setUp = async () => {
    await h().playbook([
      { id: 'ka', name: 'Key accounts', addQuota: 5 },
      { id: 'mm', name: 'Mid-market', addQuota: 5 },
    ]);
    await h().accounts([
      { id: 'A1', name: 'One' },
      { id: 'A2', name: 'Two' },
    ]);
    return {
      rita: await h().member('rep', 'ka', 'Rita'),
      ron: await h().member('rep', 'ka', 'Ron'),
      mike: await h().member('rep', 'mm', 'Mike'),
    };
  };

  it('shares a rep’s judgments with their team only, with who gave them and when; the last save wins', async () => {
    const { rita, ron, mike } = await setUp();
    const saved = await rita.call.send('PUT', '/api/answers/A1', {
      answers: { need: true, budget: false },
      notes: { pains: 'Slow close' },
    });
    expect(saved.body).toEqual({
      accountId: 'A1',
      team: 'ka',
      answers: { need: true, budget: false },
      notes: { pains: 'Slow close' },
      updatedBy: rita.member.id,
      updatedByName: 'Rita',
      updatedAt: '2026-11-23T09:00:00.000Z',
    });
    expect(((await ron.call.get('/api/answers')).body as { answers: unknown[] }).answers).toEqual([saved.body]);
    expect(((await mike.call.get('/api/answers')).body as { answers: unknown[] }).answers).toEqual([]);
    h().clock.set('2026-11-24T09:00:00.000Z');
    await ron.call.send('PUT', '/api/answers/A1', { answers: { need: false } });
    const later = (await rita.call.get('/api/answers?since=2026-11-23T12:00:00.000Z')).body as {
      answers: { updatedByName: string; answers: unknown; notes: unknown }[];
    };
    expect(later.answers).toEqual([expect.objectContaining({ updatedByName: 'Ron', answers: { need: false }, notes: {} })]);
    expect(((await h().admin.get('/api/answers')).body as { answers: unknown[] }).answers).toHaveLength(1);
  });

  it('refuses an admin, an unknown account and a bad body', async () => {
    const { rita } = await setUp();
    expect((await h().admin.send('PUT', '/api/answers/A1', { answers: {} })).status).toBe(403);
    expect((await rita.call.send('PUT', '/api/answers/nope', { answers: {} })).status).toBe(404);
    const bad = await rita.call.send('PUT', '/api/answers/A1', { answers: { need: 'yes' } });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: string[] }).errors).toEqual([expect.stringMatching(/^answers\.need: /)]);
    expect((await rita.call.get('/api/answers?since=yesterday')).status).toBe(400);
  });

  it("reads a sync's changes from the team's index, even with the generic plan of a prepared statement", async () => {
    const { rita } = await setUp();
    // Two teams' judgments saved over a year: a sync asks for the last day's of its team.
    await h().db.exec(`INSERT INTO shared_answers (account_id, team, answers, notes, member_id, member_name, updated_at)
      SELECT 'acc-' || g, (ARRAY['ka', 'mm'])[1 + g % 2], '{}', '{}', '${rita.member.id}', 'Rita',
        timestamptz '2026-01-01T00:00:00Z' + (g || ' minutes')::interval
      FROM generate_series(1, 5000) g`);
    await h().db.exec('ANALYZE shared_answers');
    const since = '2026-01-04T10:00:00.000Z';
    const { sql, params } = sharedAnswersQuery('ka', since);
    const plan = await genericPlan(h().db, sql, ['text', 'timestamptz'], params);
    // An index scan or a bitmap of one: either way only the team's changes since `since` are read.
    expect(plan).toMatch(/Index Scan (using|on) shared_answers_by_team/);
    expect(plan).toMatch(/Index Cond: \(\(team = \$1\) AND \(updated_at > \$2\)\)/);
    expect(plan).not.toMatch(/Seq Scan|Rows Removed/);
    // And the answer is the team's changes after `since`, oldest first, as the route gives them.
    const page = (await rita.call.get(`/api/answers?since=${encodeURIComponent(since)}`)).body as { answers: { accountId: string }[] };
    const expected = Array.from({ length: 5000 }, (_, i) => i + 1)
      .filter((g) => g % 2 === 0 && Date.parse('2026-01-01T00:00:00Z') + g * 60_000 > Date.parse(since))
      .map((g) => `acc-${g}`);
    expect(page.answers.map((a) => a.accountId)).toEqual(expected);
  });
});
