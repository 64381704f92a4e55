import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  getAccountsCursor,
  getActivePlaybook,
  getAnswers,
  getTalOverride,
  getTeamLink,
  listProposals,
  openAccountCache,
  saveAnswers,
  type TalDb,
} from '@/lib/db';
import { defaultCacheLock } from '@/lib/db/cache-lock';
import { createMemoryAccountCache } from '@/lib/db/memory-account-cache';
import { createTranslator } from '@/lib/i18n';
import type { Member } from '@/lib/schema/member';
import { createRemoteTalService } from '@/lib/services/tal/remote-tal-service';
import type { TeamServer } from '@/lib/settings/team';
import { teamClient } from '@/lib/sync/team-client';
import { runTeamSync } from '@/lib/sync/team-sync';
import type { Db } from '@/server/db/types';
import { freshExtensionDb, freshTeamServer, openServerDb, TEAM_ACCOUNTS, type TeamServerFixture } from './team-server';

const evidence = { verdict: 'fit' as const, score: 1, coverage: 1, segments: [] };
let serverDb: Db;
let team: TeamServerFixture;
let clockAt = Date.parse('2026-11-23T09:00:00.000Z');
const clock = () => new Date(clockAt);

beforeAll(async () => {
  serverDb = await openServerDb();
}, 60_000);
afterAll(async () => {
  await serverDb.close();
});
beforeEach(async () => {
  team = await freshTeamServer(serverDb);
  clockAt = Date.parse('2026-11-23T09:00:00.000Z');
});

/** One browser: its database, its stored connection, and a sync as the background runs it. */
function browserOf(server: TeamServer) {
  const db = freshExtensionDb();
  const members: Member[] = [];
  const sync = (manual = true) =>
    runTeamSync({
      db,
      server,
      client: teamClient(server, team.fetch),
      clock,
      random: () => 0.5,
      manual,
      translate: async () => createTranslator('en'),
      memberChanged: async (member) => {
        members.push(member);
      },
    });
  const service = createRemoteTalService({
    db,
    server,
    client: teamClient(server, team.fetch),
    accounts: createMemoryAccountCache(TEAM_ACCOUNTS),
    askSync: () => sync(),
    translate: async () => createTranslator('en'),
    now: clock,
  });
  return { db, sync, service, members };
}

const mine = async (db: TalDb) => (await listProposals(db)).map((p) => ({ id: p.id, status: p.status, synced: p.syncedAt !== undefined }));

describe('the team sync against the real server', () => {
  it('makes the local database mirror the team at the first sync, then pulls only what changed', async () => {
    const rep = browserOf(await team.connect('rep'));
    expect(await rep.sync()).toEqual({ waiting: 0, refused: 0 });
    expect(await getTeamLink(rep.db)).toMatchObject({ server: 'http://127.0.0.1:8787' });
    const cache = openAccountCache(rep.db, { pointerMaxAgeMs: 0 });
    expect(await cache.count()).toBe(3);
    expect((await getActivePlaybook(rep.db))?.source).toBe('server');
    expect(await getTalOverride(rep.db, 'A3')).toMatchObject({ onTal: true, source: 'server' });
    const cursor = await getAccountsCursor(rep.db);

    // Nothing changed: nothing is written, the cache generation and cursor stay.
    await rep.sync(false);
    expect(await getAccountsCursor(rep.db)).toEqual(cursor);

    await team.h.admin.send('PUT', '/api/accounts', [
      { id: 'A2', name: 'Litware Analytics Group' },
      { id: 'A4', name: 'Contoso' },
    ]);
    await team.h.admin.send('DELETE', '/api/accounts/A1');
    await rep.sync(false);
    expect(await cache.getAccount('A1')).toBeUndefined();
    expect((await cache.getAccount('A2'))?.name).toBe('Litware Analytics Group');
    expect(await cache.count()).toBe(3);
    expect((await getAccountsCursor(rep.db))?.cursor).not.toBe(cursor?.cursor);
  });

  it('waits for the account cache while the background settles it, then applies the changes (a Sync now is not refused)', async () => {
    const rep = browserOf(await team.connect('rep'));
    await rep.sync();
    await team.h.admin.send('PUT', '/api/accounts', [{ id: 'A2', name: 'Litware Analytics Group' }]);
    const lock = defaultCacheLock();
    let release = () => {};
    let entered = () => {};
    const inside = new Promise<void>((resolve) => (entered = resolve));
    // The background's upkeep (a settle of the overlay) holds the cache lock when the rep presses Sync now.
    const upkeep = lock.run(
      () =>
        new Promise<void>((done) => {
          release = done;
          entered();
        }),
    );
    await inside;
    const sync = rep.sync();
    await expect.poll(() => lock.contended()).toBe(true);
    release();
    await upkeep;
    expect(await sync).toEqual({ waiting: 0, refused: 0 });
    expect((await openAccountCache(rep.db, { pointerMaxAgeMs: 0 }).getAccount('A2'))?.name).toBe('Litware Analytics Group');
  });

  it('holds a proposal made while the server is down and delivers it exactly once when it is back', async () => {
    const rep = browserOf(await team.connect('rep'));
    await rep.sync();
    team.setUp(false);
    const made = await rep.service.propose({ type: 'add', accountId: 'A1', reason: 'Met them at a trade fair' }, evidence);
    expect(made).toMatchObject({ ok: true, queued: true, proposal: { status: 'pending' } });
    expect(await mine(rep.db)).toEqual([{ id: made.ok ? made.proposal.id : '', status: 'pending', synced: false }]);
    await expect(rep.sync()).rejects.toThrow(/cannot reach the team server/);
    await expect(rep.sync(false)).rejects.toThrow();
    expect(await team.proposalCount()).toBe(0);

    team.setUp(true);
    clockAt += 60_000;
    expect(await rep.sync(false)).toEqual({ waiting: 0, refused: 0 });
    expect(await team.proposalCount()).toBe(1);
    const [row] = await listProposals(rep.db);
    expect(row).toMatchObject({ accountId: 'A1', status: 'pending', proposerId: rep.members[0]?.id ?? expect.any(String) });
    expect(row?.syncedAt).toBeDefined();

    await rep.sync();
    await rep.sync(false);
    expect(await team.proposalCount()).toBe(1);
    expect((await mine(rep.db)).length).toBe(1);
  });

  it('shows a proposal the server refused after an offline wait with the server’s words', async () => {
    const rep = browserOf(await team.connect('rep'));
    await rep.sync();
    team.setUp(false);
    for (const accountId of ['A1', 'A2']) await rep.service.propose({ type: 'add', accountId, reason: 'Intent' }, evidence);
    // Meanwhile a colleague proposes Litware first: the rep's Litware is a duplicate when it arrives.
    const colleague = await team.h.member('rep', 'ka', 'Colleague');
    await colleague.call.send('POST', '/api/proposals', { type: 'add', accountId: 'A2', reason: 'Mine first' });
    team.setUp(true);
    expect(await rep.sync()).toEqual({ waiting: 0, refused: 1 });
    const rows = await listProposals(rep.db);
    expect(rows.find((r) => r.accountId === 'A1')).toMatchObject({ status: 'pending' });
    const refused = rows.find((r) => r.accountId === 'A2');
    expect(refused).toMatchObject({ status: 'rejected' });
    expect(refused?.note).toMatch(/^Not sent: the team server refused it — .*already has an open/);
    expect(await team.proposalCount()).toBe(2);
  });

  it('brings a manager’s decision made in the options page to the rep at the next sync', async () => {
    const rep = browserOf(await team.connect('rep'));
    const lead = browserOf(await team.connect('manager'));
    await rep.sync();
    const made = await rep.service.propose({ type: 'add', accountId: 'A1', reason: 'Evaluating ABM tools' }, evidence);
    expect(made).toMatchObject({ ok: true, queued: false });
    if (!made.ok) return;

    await lead.sync();
    expect(await mine(lead.db)).toEqual([{ id: made.proposal.id, status: 'pending', synced: true }]);
    expect(await lead.service.decide(made.proposal.id, { decision: 'approve', note: 'Great fit' })).toMatchObject({
      ok: true,
      proposal: { status: 'approved' },
    });
    expect(await getTalOverride(lead.db, 'A1')).toMatchObject({ onTal: true });

    await rep.sync(false);
    expect(await listProposals(rep.db)).toMatchObject([{ id: made.proposal.id, status: 'approved', note: 'Great fit' }]);
    expect(await getTalOverride(rep.db, 'A1')).toMatchObject({ onTal: true, source: 'server' });
  });

  it('keeps the member as the server describes it now', async () => {
    const server = await team.connect('rep');
    const rep = browserOf({ ...server, member: { ...server.member, name: 'Old name' } });
    await rep.sync();
    expect(rep.members).toEqual([server.member]);
  });

  it('shares a rep’s judgments with the team: a second rep sees who answered; changes here are sent before the team’s are taken', async () => {
    const rita = browserOf(await team.connect('rep', 'ka', 'Rita'));
    const ron = browserOf(await team.connect('rep', 'ka', 'Ron'));
    await saveAnswers(rita.db, 'A1', { need: true }, clock(), { pains: 'Slow close' }, { dirty: true });
    await rita.sync();
    expect(await getAnswers(rita.db, 'A1')).toMatchObject({ answers: { need: true }, by: { name: 'Rita' } });
    expect((await getAnswers(rita.db, 'A1'))?.dirty).toBeUndefined();

    await ron.sync();
    expect(await getAnswers(ron.db, 'A1')).toMatchObject({ answers: { need: true }, notes: { pains: 'Slow close' }, by: { name: 'Rita' } });
    // Another team never gets them (server/routes/answers.test.ts); an admin, who has no team, shares none.
    const admin = browserOf(await team.connect('admin'));
    await admin.sync();
    expect(await getAnswers(admin.db, 'A1')).toBeUndefined();

    // Ron changes his mind; Rita has an unsent change of her own on another account, which a sync never overwrites.
    clockAt += 60_000;
    await saveAnswers(ron.db, 'A1', { need: false }, clock(), {}, { dirty: true });
    await saveAnswers(rita.db, 'A2', { need: true }, clock(), {}, { dirty: true });
    await ron.sync();
    await rita.sync();
    expect(await getAnswers(rita.db, 'A1')).toMatchObject({ answers: { need: false }, by: { name: 'Ron' } });
    expect(await getAnswers(ron.db, 'A2')).toBeUndefined();
    await ron.sync();
    expect(await getAnswers(ron.db, 'A2')).toMatchObject({ answers: { need: true }, by: { name: 'Rita' } });
  });
});
