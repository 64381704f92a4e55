import { describe, expect, it } from 'vitest';
import type { Playbook, Team } from '../../lib/schema/playbook';
import { PROPOSAL_STATUSES, PROPOSAL_TYPES, type Proposal } from '../../lib/schema/proposal';
import { quotaScope, quotaUsage } from '../../lib/tal/quota';
import { TEST_DB_KINDS } from '../testing/databases';
import { useHarness } from '../testing/suite';
import { insertProposalWithKey, proposalFacts } from './proposal-writes';
import { countQuotaUse, quotaCountQuery } from './proposals';

// Instants on and around period edges, where an off-by-one in SQL or in lib/tal would show.
const INSTANTS = [
  '2026-09-30T23:59:59.999Z',
  '2026-10-01T00:00:00.000Z',
  '2026-11-30T23:59:59.999Z',
  '2026-12-01T00:00:00.000Z',
  '2026-12-31T23:59:59.999Z',
  '2027-01-01T00:00:00.000Z',
];

describe.each(TEST_DB_KINDS)('the SQL quota counts on %s', (kind) => {
  const h = useHarness(kind);

  it('agrees with lib/tal quotaUsage for every period, scope, status and edge', async () => {
    await h().playbook([
      { id: 'emea', name: 'EMEA', addQuota: 5 },
      { id: 'apac', name: 'APAC', addQuota: 5 },
    ]);
    const reps = await Promise.all([h().member('rep', 'emea', 'A'), h().member('rep', 'emea', 'B'), h().member('rep', 'apac', 'C')]);
    const proposals: Proposal[] = [];
    let n = 0;
    for (const createdAt of INSTANTS) {
      for (const status of PROPOSAL_STATUSES) {
        for (const type of PROPOSAL_TYPES) {
          for (const rep of reps) {
            n += 1;
            // Closed proposals may repeat an account; open ones need their own (one open per account and type).
            proposals.push({
              id: `p${n}`,
              type,
              accountId: `acc-${n}`,
              reason: 'r',
              status,
              proposerId: rep.member.id,
              team: rep.member.team!,
              createdAt,
            });
          }
        }
      }
    }
    await h().db.transaction(async (tx) => {
      for (const p of proposals) await insertProposalWithKey(tx, p, undefined, new Date());
    });
    for (const period of ['quarter', 'month', 'year', 'none'] as const) {
      const playbook: Pick<Playbook, 'tal'> = { tal: { period, teams: [] } };
      for (const scope of ['team', 'rep'] as const) {
        const team: Team = { id: 'emea', name: 'EMEA', addQuota: 10, scope };
        for (const now of INSTANTS) {
          const proposerId = reps[0]!.member.id;
          const expected = quotaUsage(proposals, team, playbook, new Date(now), proposerId).used;
          const quota = quotaScope(team, playbook, new Date(now), proposerId);
          const counted = await countQuotaUse(h().db, quota);
          const whileProposing = (await proposalFacts(h().db, 'no-such-account', quota)).used;
          expect({ period, scope, now, counted, whileProposing }).toEqual({
            period,
            scope,
            now,
            counted: expected,
            whileProposing: expected,
          });
        }
      }
    }
  });

  it("reads only the current period's adds, even with the generic plan of a prepared statement", async () => {
    await h().playbook([{ id: 'emea', name: 'EMEA', addQuota: 5 }]);
    const rep = await h().member('rep', 'emea', 'A');
    // A team's history: 200 adds last year, 3 this quarter.
    const createdAt = (n: number) => (n < 200 ? '2025-11-15T10:00:00.000Z' : '2026-11-15T10:00:00.000Z');
    await h().db.transaction(async (tx) => {
      for (let n = 0; n < 203; n += 1) {
        const p: Proposal = {
          id: `p${n}`,
          type: 'add',
          accountId: `acc-${n}`,
          reason: 'r',
          status: 'approved',
          proposerId: rep.member.id,
          team: 'emea',
          createdAt: createdAt(n),
        };
        await insertProposalWithKey(tx, p, undefined, new Date());
      }
    });
    for (const scope of ['team', 'rep'] as const) {
      const quota = quotaScope(
        { id: 'emea', name: 'EMEA', addQuota: 5, scope },
        { tal: { period: 'quarter', teams: [] } },
        new Date('2026-12-05T00:00:00Z'),
        rep.member.id,
      );
      const { sql, params } = quotaCountQuery(quota, 1);
      const types = ['text', 'timestamptz', 'timestamptz', 'text'];
      const literals = params.map((v) => `'${v instanceof Date ? v.toISOString() : String(v)}'`);
      const plan = await h().db.transaction(async (tx) => {
        // What a named statement falls back to after five executions: one plan for any parameters.
        await tx.exec('SET LOCAL plan_cache_mode = force_generic_plan');
        await tx.exec(`PREPARE quota_count (${types.slice(0, params.length).join(', ')}) AS SELECT ${sql} AS used`);
        const rows = await tx.query(`EXPLAIN (ANALYZE, COSTS OFF) EXECUTE quota_count (${literals.join(', ')})`);
        await tx.exec('DEALLOCATE quota_count');
        return rows.map((row) => String(Object.values(row)[0])).join('\n');
      });
      expect(await countQuotaUse(h().db, quota)).toBe(3);
      // The period is part of the index range: last year's 200 adds are never read, not even to be filtered out.
      expect(plan).toMatch(/Index Cond: \(.*\(created_at >= \$2\) AND \(created_at < \$3\)\)/);
      expect(plan).not.toMatch(/Seq Scan|Rows Removed/);
    }
  });
});
