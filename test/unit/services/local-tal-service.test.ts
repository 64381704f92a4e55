import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTalDb, getTalOverride, listProposals, savePlaybookVersion, type TalDb } from '@/lib/db';
import { createMemoryAccountCache } from '@/lib/db/memory-account-cache';
import type { Playbook } from '@/lib/schema/playbook';
import type { Evidence } from '@/lib/schema/proposal';
import { createLocalTalService } from '@/lib/services/tal/local-tal-service';
import type { Actor, TalService } from '@/lib/services/tal/tal-service';
import { talMembership } from '@/lib/tal/membership';
import { ACCOUNTS, examplePlaybook } from '../options/fixtures';

const manager: Actor = { id: 'lead-ka', name: 'KA lead', role: 'manager', team: 'ka' };
const rep: Actor = { id: 'rep-ka-2', name: 'KA rep', role: 'rep', team: 'ka' };
const evidence: Evidence = { verdict: 'fit', score: 1, coverage: 0.4, segments: ['ent-prospects'] };

let db: TalDb;
let clock: Date;
let ids: number;

/** A service for one actor over the shared test database, with a clock the test moves. */
function serviceFor(actor: Actor): TalService {
  return createLocalTalService({ db, now: () => clock, actor, accounts: createMemoryAccountCache(ACCOUNTS), newId: () => `p${++ids}` });
}

async function usePlaybook(edit: (p: Playbook) => void = () => {}) {
  const playbook = examplePlaybook();
  edit(playbook);
  await savePlaybookVersion(db, playbook, 'editor', clock);
}

const add = (accountId: string, reason = 'Strong intent') => ({ type: 'add' as const, accountId, reason });

beforeEach(async () => {
  db = createTalDb(`tal-service-${Math.random()}`);
  clock = new Date('2026-11-20T10:00:00Z');
  ids = 0;
  await usePlaybook();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('local TAL service: proposals', () => {
  it('records a pending add with its evidence, counted in the quota', async () => {
    const service = serviceFor(rep);
    const result = await service.propose(add('A003'), evidence);
    expect(result).toMatchObject({
      ok: true,
      queued: false,
      proposal: { id: 'p1', status: 'pending', proposerId: 'rep-ka-2', team: 'ka', evidence },
    });
    expect(await listProposals(db)).toHaveLength(1);
    expect(await service.quota()).toEqual({ team: 'ka', teamName: 'Key accounts', period: 'quarter', used: 1, limit: 15 });
  });

  it('refuses, in words saying which, a proposal without a reason, for an unknown account, or a duplicate', async () => {
    const service = serviceFor(rep);
    expect(await service.propose(add('A003', '   '), evidence)).toMatchObject({ ok: false, refusal: { code: 'missing-reason' } });
    expect(await service.propose(add('NOPE'), evidence)).toMatchObject({
      ok: false,
      refusal: { code: 'unknown-account', message: expect.stringContaining('NOPE') },
    });
    await service.propose(add('A003'), evidence);
    expect(await service.propose(add('A003'), evidence)).toMatchObject({
      ok: false,
      refusal: { code: 'duplicate', message: expect.stringContaining('Fabrikam Software') },
    });
    // Already on the TAL (imported onTal) is a duplicate add too; removing it is fine.
    expect(await service.propose(add('A008'), evidence)).toMatchObject({ ok: false, refusal: { code: 'duplicate' } });
    expect(await service.propose({ type: 'remove', accountId: 'A008', reason: 'Churned' }, evidence)).toMatchObject({ ok: true });
    expect(await listProposals(db)).toHaveLength(2);
  });

  it('refuses an add over quota with the figures, but not a removal', async () => {
    await usePlaybook((p) => {
      (p.tal.teams[0] as { addQuota: number }).addQuota = 2;
    });
    const service = serviceFor(rep);
    expect((await service.propose(add('A003'), evidence)).ok).toBe(true);
    expect((await service.propose(add('A007'), evidence)).ok).toBe(true);
    const refused = await service.propose(add('A013'), evidence);
    expect(refused).toMatchObject({ ok: false, refusal: { code: 'quota-exceeded', used: 2, limit: 2 } });
    expect(await service.propose({ type: 'remove', accountId: 'A008', reason: 'Churned' }, evidence)).toMatchObject({ ok: true });
  });

  it('cannot overspend the quota with two quick clicks', async () => {
    await usePlaybook((p) => {
      (p.tal.teams[0] as { addQuota: number }).addQuota = 1;
    });
    const service = serviceFor(rep);
    const results = await Promise.all([
      service.propose(add('A003'), evidence),
      service.propose(add('A007'), evidence),
      service.propose(add('A013'), evidence),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.refusal.code)).toEqual(['quota-exceeded', 'quota-exceeded']);
    expect(await listProposals(db, { status: 'pending' })).toHaveLength(1);
  });

  it('counts only the current period: last quarter’s adds do not use this quarter’s quota', async () => {
    const service = serviceFor(rep);
    clock = new Date('2026-09-30T23:00:00Z');
    await service.propose(add('A003'), evidence);
    expect((await service.quota()).used).toBe(1);
    clock = new Date('2026-10-01T00:00:00Z');
    expect((await service.quota()).used).toBe(0);
  });
});

describe('local TAL service: decisions', () => {
  it('approving an add puts the account on the TAL; approving a removal takes it off', async () => {
    const proposer = serviceFor(rep);
    const lead = serviceFor(manager);
    const added = await proposer.propose(add('A003'), evidence);
    if (!added.ok) throw new Error('the add was refused');
    const approved = await lead.decide(added.proposal.id, { decision: 'approve', note: 'Good fit' });
    expect(approved).toMatchObject({
      ok: true,
      proposal: { status: 'approved', deciderId: 'lead-ka', note: 'Good fit', decidedAt: clock.toISOString() },
    });
    expect(await getTalOverride(db, 'A003')).toMatchObject({ onTal: true, source: 'proposal' });
    expect(talMembership(ACCOUNTS, await listProposals(db)).has('A003')).toBe(true);

    const removal = await proposer.propose({ type: 'remove', accountId: 'A003', reason: 'Went with a competitor' }, evidence);
    if (!removal.ok) throw new Error('the removal was refused');
    await lead.decide(removal.proposal.id, { decision: 'approve' });
    expect(await getTalOverride(db, 'A003')).toMatchObject({ onTal: false });
    expect(talMembership(ACCOUNTS, await listProposals(db)).has('A003')).toBe(false);
  });

  it('refuses a decision on an already-decided proposal, even two at once', async () => {
    const added = await serviceFor(rep).propose(add('A003'), evidence);
    if (!added.ok) throw new Error('the add was refused');
    const lead = serviceFor(manager);
    const [first, second] = await Promise.all([
      lead.decide(added.proposal.id, { decision: 'approve' }),
      lead.decide(added.proposal.id, { decision: 'reject' }),
    ]);
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, refusal: { code: 'already-decided', message: expect.stringContaining('approved') } });
    expect(await lead.decide('missing', { decision: 'approve' })).toMatchObject({ ok: false, refusal: { code: 'invalid' } });
  });

  it('a rejection and a withdrawal free their place in the quota', async () => {
    const proposer = serviceFor(rep);
    const one = await proposer.propose(add('A003'), evidence);
    const two = await proposer.propose(add('A007'), evidence);
    if (!one.ok || !two.ok) throw new Error('an add was refused');
    expect((await proposer.quota()).used).toBe(2);
    await serviceFor(manager).decide(one.proposal.id, { decision: 'reject', note: 'Too small' });
    expect((await proposer.quota()).used).toBe(1);
    expect(await proposer.withdraw(two.proposal.id)).toMatchObject({ ok: true, proposal: { status: 'withdrawn' } });
    expect((await proposer.quota()).used).toBe(0);
    expect(await proposer.withdraw(two.proposal.id)).toMatchObject({ ok: false, refusal: { code: 'already-decided' } });
  });

  it('lets only a manager of the proposal’s team (or an admin) decide, and only the proposer withdraw', async () => {
    const added = await serviceFor(rep).propose(add('A003'), evidence);
    if (!added.ok) throw new Error('the add was refused');
    const id = added.proposal.id;
    expect(await serviceFor(rep).decide(id, { decision: 'approve' })).toMatchObject({ ok: false, refusal: { code: 'forbidden' } });
    const otherLead: Actor = { id: 'lead-mm', name: 'MM lead', role: 'manager', team: 'mm' };
    expect(await serviceFor(otherLead).decide(id, { decision: 'approve' })).toMatchObject({ ok: false, refusal: { code: 'forbidden' } });
    expect(await serviceFor(manager).withdraw(id)).toMatchObject({ ok: false, refusal: { code: 'forbidden' } });
    const admin: Actor = { id: 'root', name: 'Admin', role: 'admin', team: '' };
    expect(await serviceFor(admin).decide(id, { decision: 'approve' })).toMatchObject({ ok: true });
  });
});
