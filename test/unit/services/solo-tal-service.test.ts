import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTalDb, savePlaybookVersion, type TalDb } from '@/lib/db';
import { createMemoryAccountCache } from '@/lib/db/memory-account-cache';
import { SOLO_ACTOR_ID } from '@/lib/services/tal/solo-actor';
import { createSoloTalService } from '@/lib/services/tal/solo-tal-service';
import { proposingTeam } from '@/lib/tal/proposing-team';
import { ACCOUNTS, examplePlaybook } from '../options/fixtures';

let db: TalDb;
const now = () => new Date('2026-11-20T10:00:00Z');

beforeEach(() => {
  db = createTalDb(`solo-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('solo TAL service', () => {
  it('is both rep and manager: proposes for the playbook’s first team and decides its own proposal', async () => {
    const service = createSoloTalService(db, createMemoryAccountCache(ACCOUNTS), now);
    // Before any playbook there is no team to count the add against.
    expect(
      await service.propose({ type: 'add', accountId: 'A003', reason: 'Intent' }, { verdict: 'fit', score: 1, coverage: 1, segments: [] }),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'unknown-team' },
    });
    await savePlaybookVersion(db, examplePlaybook(), 'demo', now());
    expect(await service.me()).toMatchObject({ id: SOLO_ACTOR_ID, role: 'manager', team: 'ka' });
    const added = await service.propose(
      { type: 'add', accountId: 'A003', reason: 'Intent' },
      { verdict: 'fit', score: 1, coverage: 1, segments: [] },
    );
    if (!added.ok) throw new Error(added.refusal.message);
    expect(await service.decide(added.proposal.id, { decision: 'approve' })).toMatchObject({
      ok: true,
      proposal: { status: 'approved', deciderId: SOLO_ACTOR_ID },
    });
    expect(await service.quota()).toMatchObject({ team: 'ka', used: 1, limit: 15 });
  });

  it('counts a proposal against the team the account belongs to, not always the first team', async () => {
    const service = createSoloTalService(db, createMemoryAccountCache(ACCOUNTS), now);
    await savePlaybookVersion(db, examplePlaybook(), 'demo', now());
    const evidence = { verdict: 'fit' as const, score: 1, coverage: 1, segments: [] };
    const midMarket = await service.propose({ type: 'add', accountId: 'A007', reason: 'Analytics push' }, evidence);
    expect(midMarket).toMatchObject({ ok: true, proposal: { team: 'mm' } });
    expect(await service.quota('mm')).toMatchObject({ team: 'mm', used: 1, limit: 30 });
    expect(await service.quota('ka')).toMatchObject({ team: 'ka', used: 0 });
    // The one person manages every team: they decide the Mid-market add too.
    if (!midMarket.ok) throw new Error(midMarket.refusal.message);
    expect(await service.decide(midMarket.proposal.id, { decision: 'approve' })).toMatchObject({
      ok: true,
      proposal: { status: 'approved' },
    });
  });
});

describe('proposingTeam', () => {
  const playbook = examplePlaybook();
  it('is a team member’s own team, and in solo mode the account’s team when the playbook has it, else the first', () => {
    expect(proposingTeam({ id: 'rep-1', team: 'ka' }, { team: 'mm' }, playbook)).toBe('ka');
    expect(proposingTeam({ id: SOLO_ACTOR_ID, team: 'ka' }, { team: 'mm' }, playbook)).toBe('mm');
    expect(proposingTeam({ id: SOLO_ACTOR_ID, team: 'ka' }, { team: 'enterprise' }, playbook)).toBe('ka');
    expect(proposingTeam({ id: SOLO_ACTOR_ID, team: 'ka' }, {}, playbook)).toBe('ka');
  });
});
