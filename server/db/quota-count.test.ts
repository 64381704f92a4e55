import { describe, expect, it } from 'vitest';
import type { Playbook, Team } from '../../lib/schema/playbook';
import { PROPOSAL_STATUSES, PROPOSAL_TYPES, type Proposal } from '../../lib/schema/proposal';
import { quotaScope, quotaUsage } from '../../lib/tal/quota';
import { TEST_DB_KINDS } from '../testing/databases';
import { useHarness } from '../testing/suite';
import { insertProposalWithKey, proposalFacts } from './proposal-writes';
import { countQuotaUse } from './proposals';

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
});
