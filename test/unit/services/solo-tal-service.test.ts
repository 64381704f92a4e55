import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTalDb, savePlaybookVersion, type TalDb } from '@/lib/db';
import { createMemoryAccountCache } from '@/lib/db/memory-account-cache';
import { SOLO_ACTOR_ID } from '@/lib/services/tal/solo-actor';
import { createSoloTalService } from '@/lib/services/tal/solo-tal-service';
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
});
