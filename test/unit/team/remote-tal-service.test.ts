import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDexieOutbox, getTalOverride, listProposals, listRecertifications, type TalDb } from '@/lib/db';
import { createMemoryAccountCache } from '@/lib/db/memory-account-cache';
import { createTranslator } from '@/lib/i18n';
import { createRemoteTalService } from '@/lib/services/tal/remote-tal-service';
import { periodKind } from '@/lib/services/tal/team-actor';
import type { TeamServer } from '@/lib/settings/team';
import { teamClient } from '@/lib/sync/team-client';
import { runTeamSync } from '@/lib/sync/team-sync';
import type { Db } from '@/server/db/types';
import { minimalPlaybook } from '@/server/testing/harness';
import { freshExtensionDb, freshTeamServer, openServerDb, TEAM_ACCOUNTS, type TeamServerFixture } from './team-server';

const evidence = { verdict: 'fit' as const, score: 1, coverage: 1, segments: [] };
const now = () => new Date('2026-11-23T09:00:00.000Z');
let serverDb: Db;
let team: TeamServerFixture;
beforeAll(async () => {
  serverDb = await openServerDb();
}, 60_000);
afterAll(async () => {
  await serverDb.close();
});
beforeEach(async () => {
  team = await freshTeamServer(serverDb, 1);
});

function serviceFor(server: TeamServer, db: TalDb = freshExtensionDb(), locale: 'en' | 'ru' = 'en') {
  const client = teamClient(server, team.fetch);
  const sync = () => runTeamSync({ db, server, client, clock: now, random: () => 0.5, manual: true, memberChanged: async () => undefined });
  const service = createRemoteTalService({
    db,
    server,
    client,
    accounts: createMemoryAccountCache([...TEAM_ACCOUNTS, { id: 'new-1', name: 'Typed by the rep' }]),
    askSync: sync,
    translate: async () => createTranslator(locale),
    now,
    newKey: (() => {
      let n = 0;
      return () => `key-${++n}`;
    })(),
  });
  return { db, service, sync };
}

describe('the remote TAL service', () => {
  it('is the member the server named: role and team from the server', async () => {
    const server = await team.connect('manager', 'ka', 'Lena Lead');
    expect(await serviceFor(server).service.me()).toEqual({ id: server.member.id, name: 'Lena Lead', role: 'manager', team: 'ka' });
  });

  it('reads the quota from the server, with the period as its kind and the team’s name from the synced playbook', async () => {
    const { service, sync } = serviceFor(await team.connect('rep'));
    await sync();
    expect(await service.quota('ka')).toEqual({ team: 'ka', teamName: 'Key accounts', period: 'quarter', used: 0, limit: 1 });
    expect([periodKind('2026-Q4'), periodKind('2026-11'), periodKind('2026'), periodKind('all'), periodKind('odd')]).toEqual([
      'quarter',
      'month',
      'year',
      'none',
      'odd',
    ]);
    await service.propose({ type: 'add', accountId: 'A1', reason: 'Intent' }, evidence);
    expect(await service.quota()).toMatchObject({ used: 1, limit: 1 });
    await team.h.admin.send('PUT', '/api/playbook', minimalPlaybook([{ id: 'ka', name: 'Key accounts', addQuota: 1 }], 'month'));
    expect(await service.quota()).toMatchObject({ period: 'month' });
  });

  it('answers a refusal at once in the form, leaving nothing waiting', async () => {
    const { db, service } = serviceFor(await team.connect('rep'));
    expect(await service.propose({ type: 'add', accountId: 'A1', reason: 'First' }, evidence)).toMatchObject({ ok: true, queued: false });
    expect(await service.propose({ type: 'add', accountId: 'A2', reason: 'Second' }, evidence)).toMatchObject({
      ok: false,
      refusal: { code: 'quota-exceeded', used: 1, limit: 1 },
    });
    expect((await listProposals(db)).map((p) => p.accountId)).toEqual(['A1']);
    expect(await team.proposalCount()).toBe(1);
  });

  it('refuses what the server would refuse before anything is queued: no reason, an admin, an account the rep typed in', async () => {
    const { service } = serviceFor(await team.connect('rep'));
    expect(await service.propose({ type: 'add', accountId: 'A1', reason: ' ' }, evidence)).toMatchObject({
      ok: false,
      refusal: { code: 'missing-reason' },
    });
    expect(await service.propose({ type: 'add', accountId: 'nowhere', reason: 'x' }, evidence)).toMatchObject({
      ok: false,
      refusal: { code: 'unknown-account' },
    });
    const admin = serviceFor(await team.connect('admin')).service;
    expect(await admin.propose({ type: 'add', accountId: 'A1', reason: 'x' }, evidence)).toMatchObject({
      ok: false,
      refusal: { code: 'forbidden' },
    });
    // A rep-entered account is in the local cache but not on the server, which answers 404.
    expect(await service.propose({ type: 'add', accountId: 'new-1', reason: 'x' }, evidence)).toMatchObject({
      ok: false,
      refusal: { code: 'unknown-account' },
    });
    expect(await team.proposalCount()).toBe(0);
  });

  it('withdraws a proposal that never left this browser locally, and a delivered one on the server', async () => {
    const server = await team.connect('rep');
    const { db, service } = serviceFor(server);
    team.setUp(false);
    const waiting = await service.propose({ type: 'add', accountId: 'A1', reason: 'Offline' }, evidence);
    if (!waiting.ok) throw new Error('not queued');
    expect(await service.withdraw(waiting.proposal.id)).toMatchObject({ ok: true, proposal: { status: 'withdrawn' } });
    expect(await listProposals(db)).toEqual([]);
    expect(await createDexieOutbox(db, { server: server.url, memberId: server.member.id }).all()).toEqual([]);

    team.setUp(true);
    const sent = await service.propose({ type: 'add', accountId: 'A1', reason: 'Online' }, evidence);
    if (!sent.ok) throw new Error(sent.refusal.message);
    expect(await service.withdraw(sent.proposal.id)).toMatchObject({ ok: true, proposal: { status: 'withdrawn' } });
    expect((await listProposals(db)).map((p) => p.status)).toEqual(['withdrawn']);
    expect(await team.proposalCount()).toBe(1);
  });

  it('decides on the server at once: its refusals are results, an unreachable server an error in the user’s words', async () => {
    const rep = serviceFor(await team.connect('rep'));
    const made = await rep.service.propose({ type: 'add', accountId: 'A1', reason: 'Intent' }, evidence);
    if (!made.ok) throw new Error(made.refusal.message);
    expect(await rep.service.decide(made.proposal.id, { decision: 'approve' })).toMatchObject({
      ok: false,
      refusal: { code: 'forbidden' },
    });

    const lead = serviceFor(await team.connect('manager'), freshExtensionDb(), 'ru');
    team.setUp(false);
    await expect(lead.service.decide(made.proposal.id, { decision: 'approve' })).rejects.toThrow('Сервер команды недоступен');
    team.setUp(true);
    expect(await lead.service.decide(made.proposal.id, { decision: 'reject', note: 'Too small' })).toMatchObject({
      ok: true,
      proposal: { status: 'rejected', note: 'Too small' },
    });
    expect(await lead.service.decide(made.proposal.id, { decision: 'approve' })).toMatchObject({
      ok: false,
      refusal: { code: 'already-decided' },
    });
  });

  it('recertifies on the server: the team sees the records at its next sync, and a manager’s removal takes the account off', async () => {
    await team.h.accounts([{ id: 'A3', name: 'Northwind Retail', domain: 'northwind.com', onTal: true, team: 'ka' }]);
    const lead = serviceFor(await team.connect('manager', 'ka', 'Lena'));
    const rita = serviceFor(await team.connect('rep', 'ka', 'Rita'));
    expect(await rita.service.recertify({ accountIds: ['A3'], action: 'remove', reason: 'Churned' })).toMatchObject({
      ok: false,
      refusal: { code: 'forbidden' },
    });
    expect(await rita.service.recertify({ accountIds: ['A1'], action: 'keep', reason: 'x' })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid', message: expect.stringContaining('not on the TAL: A1') },
    });
    const kept = await rita.service.recertify({ accountIds: ['A3'], action: 'keep', reason: 'Deal in flight' });
    expect(kept).toMatchObject({ ok: true, records: [{ accountId: 'A3', action: 'keep', actorName: 'Rita', period: '2026-Q4' }] });
    await lead.sync();
    expect((await listRecertifications(lead.db)).map((r) => [r.accountId, r.actorName, r.reason])).toEqual([
      ['A3', 'Rita', 'Deal in flight'],
    ]);
    expect(await lead.service.recertify({ accountIds: ['A3'], action: 'remove', reason: 'No budget after all' })).toMatchObject({
      ok: true,
    });
    expect(await getTalOverride(lead.db, 'A3')).toMatchObject({ onTal: false });
    await rita.sync();
    expect(await getTalOverride(rita.db, 'A3')).toMatchObject({ onTal: false });
    expect((await listRecertifications(rita.db)).map((r) => r.action)).toEqual(['remove']);
  });
});
