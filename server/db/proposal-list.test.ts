import { describe, expect, it } from 'vitest';
import type { Member } from '../../lib/schema/member';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../../lib/schema/proposal';
import { TEST_DB_KINDS } from '../testing/databases';
import { genericPlan } from '../testing/generic-plan';
import { useHarness } from '../testing/suite';
import { visibleProposals, visibleProposalsQuery } from './proposals';

const STATUS_OF = (g: number): ProposalStatus => PROPOSAL_STATUSES[g % PROPOSAL_STATUSES.length] as ProposalStatus;

describe.each(TEST_DB_KINDS)('the proposals a member sees, on %s', (kind) => {
  const h = useHarness(kind);

  // Two teams' history: 3,000 proposals of two reps in EMEA, 600 of one in APAC, of every status,
  // some created at the same instant (the id breaks the tie).
  async function history() {
    await h().playbook([
      { id: 'emea', name: 'EMEA', addQuota: 5 },
      { id: 'apac', name: 'APAC', addQuota: 5 },
    ]);
    const [a, b, c] = await Promise.all([h().member('rep', 'emea', 'A'), h().member('rep', 'emea', 'B'), h().member('rep', 'apac', 'C')]);
    const manager = await h().member('manager', 'emea', 'M');
    await h().db.exec(`INSERT INTO proposals (id, type, account_id, reason, status, proposer_id, team, created_at)
      SELECT 'p' || lpad(g::text, 5, '0'), 'add', 'acc-' || g, 'r',
        (ARRAY[${PROPOSAL_STATUSES.map((s) => `'${s}'`).join(', ')}])[1 + g % ${PROPOSAL_STATUSES.length}],
        CASE WHEN g > 3000 THEN '${c.member.id}' WHEN g % 2 = 0 THEN '${a.member.id}' ELSE '${b.member.id}' END,
        CASE WHEN g > 3000 THEN 'apac' ELSE 'emea' END,
        timestamptz '2026-10-01T00:00:00Z' + ((g / 3) || ' minutes')::interval
      FROM generate_series(1, 3600) g`);
    await h().db.exec('ANALYZE proposals');
    return { a: a.member, c: c.member, manager: manager.member };
  }

  it('are the oldest of the right ones, whatever the role, status and limit', async () => {
    const { a, c, manager } = await history();
    const admin: Member = { id: 'admin', name: 'Admin', role: 'admin', team: null };
    const all = Array.from({ length: 3600 }, (_, i) => {
      const g = i + 1;
      return {
        g,
        id: `p${String(g).padStart(5, '0')}`,
        status: STATUS_OF(g),
        team: g > 3000 ? 'apac' : 'emea',
        rep: g > 3000 ? c.id : g % 2 === 0 ? a.id : 'b',
      };
    });
    const expected = (keep: (p: (typeof all)[number]) => boolean, limit: number | null) =>
      all
        .filter(keep)
        .sort((x, y) => Math.floor(x.g / 3) - Math.floor(y.g / 3) || x.id.localeCompare(y.id))
        .slice(0, limit ?? undefined)
        .map((p) => p.id);
    for (const status of [undefined, 'pending', 'rejected'] as const) {
      for (const limit of [20, null]) {
        const ofStatus = (p: (typeof all)[number]) => status === undefined || p.status === status;
        const seen = async (member: Member) => (await visibleProposals(h().db, member, status, limit)).map((p) => p.id);
        expect(await seen(manager)).toEqual(expected((p) => ofStatus(p) && p.team === 'emea', limit));
        expect(await seen(a)).toEqual(expected((p) => ofStatus(p) && p.rep === a.id, limit));
        expect(await seen(admin)).toEqual(expected(ofStatus, limit));
      }
    }
  });

  it("reads a page of a manager's or a rep's queue from an index, even with the generic plan of a prepared statement", async () => {
    const { a, manager } = await history();
    for (const [member, index] of [
      [manager, 'proposals_by_team_status'],
      [a, 'proposals_by_proposer_status'],
    ] as const) {
      const { sql, params } = visibleProposalsQuery(member, 'pending', 20);
      const plan = await genericPlan(h().db, sql, ['int', 'text', 'text'], params);
      // The page comes in order from the index: the team's 3,000 proposals are neither scanned nor sorted.
      expect(plan).toContain(`Index Scan using ${index}`);
      expect(plan).not.toMatch(/Seq Scan|Rows Removed|Bitmap/);
    }
  });
});
