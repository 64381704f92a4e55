import { describe, expect, it } from 'vitest';
import { PROPOSAL_STATUSES, PROPOSAL_TYPES, type Proposal } from '../../lib/schema/proposal';
import { quotaScope } from '../../lib/tal/quota';
import { createRandom } from '../../test/bench/seeded-random';
import { openEmptyTestDb, TEST_DB_KINDS } from '../testing/databases';
import { useHarness } from '../testing/suite';
import { migrate, readMigrations } from './migrate';
import { insertProposalWithKey } from './proposal-writes';
import { countQuotaUse } from './proposals';
import type { Queryable } from './types';

// The per-month tallies of migration 010 against a recount of the proposals they tally: whatever
// happens to the proposals, the two must agree (months whose tally fell back to 0 aside).
const TALLIES = `SELECT team, proposer_id, month::text, used FROM quota_use WHERE used <> 0 ORDER BY 1, 2, 3`;
const RECOUNT = `SELECT team, coalesce(proposer_id, '') AS proposer_id, month::text, count(*)::int AS used
  FROM (SELECT team, proposer_id, date_trunc('month', created_at, 'UTC') AS month
        FROM proposals WHERE type = 'add' AND status IN ('pending', 'approved')) AS adds
  GROUP BY GROUPING SETS ((team, month), (team, proposer_id, month)) ORDER BY 1, 2, 3`;

async function expectTalliesExact(db: Queryable, step: string) {
  expect({ step, tallies: await db.query(TALLIES) }).toEqual({ step, tallies: await db.query(RECOUNT) });
}

// Instants on either side of month edges, where a tally in the wrong month would show.
const INSTANTS = ['2026-09-30T23:59:59.999Z', '2026-10-01T00:00:00.000Z', '2026-11-15T12:00:00.000Z', '2027-01-01T00:00:00.000Z'];

describe.each(TEST_DB_KINDS)('the quota tallies on %s', (kind) => {
  const h = useHarness(kind);

  it('follow every insert, decision, edit, deletion and rollback of a proposal, and a TRUNCATE', async () => {
    await h().playbook([
      { id: 'emea', name: 'EMEA', addQuota: 5 },
      { id: 'apac', name: 'APAC', addQuota: 5 },
    ]);
    const reps = await Promise.all([h().member('rep', 'emea', 'A'), h().member('rep', 'emea', 'B'), h().member('rep', 'apac', 'C')]);
    const db = h().db;
    const random = createRandom(2026);
    const ids: string[] = [];
    const proposal = (n: number): Proposal => {
      const rep = random.pick(reps).member;
      return {
        id: `p${n}`,
        type: random.pick(PROPOSAL_TYPES),
        // Closed proposals may repeat an account; an open one has its own (one open per account and type).
        accountId: `acc-${n}`,
        reason: 'r',
        status: random.pick(PROPOSAL_STATUSES),
        proposerId: rep.id,
        team: rep.team as string,
        createdAt: random.pick(INSTANTS),
      };
    };
    for (let n = 0; n < 160; n += 1) {
      const id = ids.length === 0 ? undefined : random.pick(ids);
      const step = random.int(6);
      if (step <= 1 || id === undefined) {
        await insertProposalWithKey(db, proposal(n), undefined, new Date());
        ids.push(`p${n}`);
      } else if (step === 2) {
        // A decision or withdrawal: pending to anything, or a closed one edited back (as only SQL could).
        await db.query('UPDATE proposals SET status = $2 WHERE id = $1', [id, random.pick(PROPOSAL_STATUSES)]);
      } else if (step === 3) {
        // What the tallies are keyed by, changed in place: the old month's tally gives one back.
        const other = random.pick(reps).member;
        await db.query('UPDATE proposals SET team = $2, proposer_id = $3, created_at = $4 WHERE id = $1', [
          id,
          other.team,
          other.id,
          random.pick(INSTANTS),
        ]);
      } else if (step === 4) {
        await db.query('DELETE FROM proposals WHERE id = $1', [id]);
        ids.splice(ids.indexOf(id), 1);
      } else {
        // A transaction that inserts and decides, then fails: its tallies go with it.
        const before = await db.query(TALLIES);
        await expect(
          db.transaction(async (tx) => {
            await insertProposalWithKey(tx, { ...proposal(n), type: 'add', status: 'pending' }, undefined, new Date());
            await tx.query(`UPDATE proposals SET status = 'rejected' WHERE id = $1`, [id]);
            throw new Error('rolled back');
          }),
        ).rejects.toThrow('rolled back');
        expect(await db.query(TALLIES)).toEqual(before);
      }
      await expectTalliesExact(db, `step ${n}`);
    }
    expect((await db.query(TALLIES)).length).toBeGreaterThan(0);
    await db.exec('TRUNCATE proposals CASCADE');
    expect(await db.query('SELECT * FROM quota_use')).toEqual([]);
  });

  it('are what a whole-month window counts, while any other window counts the rows', async () => {
    await h().playbook([{ id: 'emea', name: 'EMEA', addQuota: 5 }]);
    const rep = (await h().member('rep', 'emea', 'A')).member;
    for (const [n, createdAt] of ['2026-10-02T00:00:00.000Z', '2026-11-15T00:00:00.000Z', '2026-12-20T00:00:00.000Z'].entries()) {
      await insertProposalWithKey(
        h().db,
        { id: `p${n}`, type: 'add', accountId: `acc-${n}`, reason: 'r', status: 'pending', proposerId: rep.id, team: 'emea', createdAt },
        undefined,
        new Date(),
      );
    }
    // A tally made wrong on purpose shows which of the two a count read.
    await h().db.exec(`UPDATE quota_use SET used = used + 100 WHERE month = '2026-11-01T00:00:00Z'`);
    const team = { id: 'emea', name: 'EMEA', addQuota: 5, scope: 'team' as const };
    const now = new Date('2026-12-05T00:00:00Z');
    const quarter = quotaScope(team, { tal: { period: 'quarter', teams: [] } }, now);
    const none = quotaScope(team, { tal: { period: 'none', teams: [] } }, now);
    const month = quotaScope(team, { tal: { period: 'month', teams: [] } }, now);
    const byRep = quotaScope({ ...team, scope: 'rep' }, { tal: { period: 'quarter', teams: [] } }, now, rep.id);
    expect(await countQuotaUse(h().db, quarter)).toBe(103);
    expect(await countQuotaUse(h().db, none)).toBe(103);
    expect(await countQuotaUse(h().db, month)).toBe(1);
    expect(await countQuotaUse(h().db, byRep)).toBe(103);
    const midMonth = {
      ...quarter,
      window: { key: 'custom', start: new Date('2026-10-15T00:00:00Z'), end: new Date('2027-01-01T00:00:00Z') },
    };
    expect(await countQuotaUse(h().db, midMonth)).toBe(2);
  });
});

describe.each(TEST_DB_KINDS)('migration 010 on %s', (kind) => {
  it('tallies the proposals stored before it, and answers tal_account_state as before', async () => {
    const db = await openEmptyTestDb(kind);
    try {
      const migrations = await readMigrations();
      const before = migrations.filter((m) => m.version < 10);
      await migrate(db, before);
      await db.exec(`INSERT INTO members (id, name, role, team, token_hash, created_at) VALUES
        ('a', 'A', 'rep', 'emea', 'x', now()), ('b', 'B', 'rep', 'emea', 'y', now()), ('c', 'C', 'rep', 'apac', 'z', now())`);
      const random = createRandom(10);
      for (let n = 0; n < 60; n += 1) {
        const [proposerId, team] = random.pick([
          ['a', 'emea'],
          ['b', 'emea'],
          ['c', 'apac'],
        ] as const);
        const status = random.pick(PROPOSAL_STATUSES);
        const p: Proposal = {
          id: `p${n}`,
          type: random.pick(PROPOSAL_TYPES),
          accountId: `acc-${n}`,
          reason: 'r',
          status,
          proposerId,
          team,
          createdAt: random.pick(INSTANTS),
        };
        await insertProposalWithKey(db, p, undefined, new Date());
      }
      // Migration 010 also rewrites tal_account_state in PL/pgSQL: its answers must not change.
      await db.exec(`INSERT INTO accounts (id, document, deleted, seq, updated_at)
        SELECT 'acc-' || g, jsonb_build_object('id', 'acc-' || g, 'name', 'A ' || g), g = 3, nextval('account_changes'), now()
        FROM generate_series(0, 5) g`);
      const ids = ['acc-0', 'acc-1', 'acc-2', 'acc-3', 'acc-4', 'acc-5', 'acc-40', 'no-such-account'];
      const states = () => Promise.all(ids.map(async (id) => (await db.query('SELECT tal_account_state($1) AS state', [id]))[0]?.state));
      const statesBefore = await states();
      expect(new Set(statesBefore).size).toBeGreaterThan(4);
      expect(await migrate(db, migrations)).toEqual(migrations.filter((m) => m.version >= 10).map((m) => m.version));
      expect(await states()).toEqual(statesBefore);
      expect((await db.query(TALLIES)).length).toBeGreaterThan(3);
      await expectTalliesExact(db, 'after the migration');
    } finally {
      await db.close();
    }
  });
});
