import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyAccountChanges,
  getActivePlaybook,
  importAccounts,
  listPlaybookVersions,
  listProposals,
  listTalOverrides,
  mirrorPlaybook,
  mirrorProposals,
  mirrorTal,
  openAccountCache,
  savePlaybookVersion,
  type TalDb,
} from '@/lib/db';
import type { OutboxItem } from '@/lib/schema/outbox-item';
import type { Proposal } from '@/lib/schema/proposal';
import { examplePlaybook } from '../options/fixtures';
import { dropExtensionDb, freshExtensionDb } from './team-server';

const now = new Date('2026-11-23T09:00:00.000Z');
const later = new Date('2026-11-23T09:05:00.000Z');
const member = { id: 'rep-1', team: 'ka' };
const request = { type: 'add' as const, accountId: 'A1', reason: 'Seen at a trade fair' };
const item = (key: string, extra: Partial<OutboxItem> = {}): OutboxItem => ({
  idempotencyKey: key,
  request,
  createdAt: now.toISOString(),
  state: 'queued',
  attempts: 0,
  nextAttemptAt: now.toISOString(),
  ...extra,
});
const serverProposal = (id: string, extra: Partial<Proposal> = {}): Proposal => ({
  id,
  ...request,
  status: 'pending',
  proposerId: 'rep-1',
  team: 'ka',
  createdAt: now.toISOString(),
  ...extra,
});

let db: TalDb;
beforeEach(() => {
  db = freshExtensionDb();
});
afterEach(async () => {
  await dropExtensionDb(db);
});

describe('mirroring proposals', () => {
  it('shows a waiting item as pending and not synced, and a refused one as rejected with the server’s words', async () => {
    const refused = item('k-2', { state: 'refused', refusal: { error: 'quota-exceeded', message: 'the quota of ka is spent (2 of 2)' } });
    await mirrorProposals(db, { outbox: [item('k-1'), refused], proposer: member, now });
    const rows = await listProposals(db);
    expect(rows.find((r) => r.id === 'k-1')).toMatchObject({ status: 'pending', proposerId: 'rep-1', team: 'ka' });
    expect(rows.find((r) => r.id === 'k-1')?.syncedAt).toBeUndefined();
    expect(rows.find((r) => r.id === 'k-2')).toMatchObject({ status: 'rejected', note: 'the quota of ka is spent (2 of 2)' });
  });

  it('replaces a delivered item by the server’s proposal, and follows the server’s decisions', async () => {
    await mirrorProposals(db, { outbox: [item('k-1')], proposer: member, now });
    const delivered = item('k-1', { state: 'delivered', proposal: serverProposal('p-1') });
    await mirrorProposals(db, { outbox: [delivered], proposer: member, now: later });
    expect((await listProposals(db)).map((r) => [r.id, r.syncedAt])).toEqual([['p-1', later.toISOString()]]);

    const approved = serverProposal('p-1', { status: 'approved', deciderId: 'lead-1', decidedAt: later.toISOString(), note: 'Go' });
    await mirrorProposals(db, { server: [approved], outbox: [], proposer: member, now: later });
    expect(await listProposals(db)).toEqual([{ ...approved, syncedAt: later.toISOString() }]);
  });

  it('writes nothing when nothing changed, so live queries stay quiet', async () => {
    await mirrorProposals(db, { server: [serverProposal('p-1')], outbox: [], proposer: member, now });
    let writes = 0;
    db.proposals.hook('creating', () => {
      writes++;
    });
    db.proposals.hook('updating', () => {
      writes++;
    });
    await mirrorProposals(db, { server: [serverProposal('p-1')], outbox: [], proposer: member, now: later });
    expect(writes).toBe(0);
  });
});

describe('mirroring the TAL', () => {
  it('puts the server’s TAL into the overrides and takes off what the server took off', async () => {
    await mirrorTal(db, { accountIds: ['A1', 'A3'], entries: [], changes: [serverProposal('p-1', { status: 'approved' })] }, now);
    expect((await listTalOverrides(db)).map((o) => [o.accountId, o.onTal, o.source])).toEqual([
      ['A1', true, 'server'],
      ['A3', true, 'server'],
    ]);
    expect(await mirrorTal(db, { accountIds: ['A1', 'A3'], entries: [], changes: [] }, later)).toBe(0);
    const removal = serverProposal('p-2', { type: 'remove', accountId: 'A3', status: 'approved' });
    await mirrorTal(db, { accountIds: ['A1'], entries: [], changes: [removal] }, later);
    expect((await listTalOverrides(db)).map((o) => [o.accountId, o.onTal])).toEqual([
      ['A1', true],
      ['A3', false],
    ]);
  });
});

describe('mirroring the playbook', () => {
  it('saves the server’s playbook as a new version only when it differs from the one in force', async () => {
    await savePlaybookVersion(db, examplePlaybook(), 'demo', now);
    expect(await mirrorPlaybook(db, examplePlaybook(), later)).toBeUndefined();
    expect(await mirrorPlaybook(db, null, later)).toBeUndefined();
    const changed = { ...examplePlaybook(), name: 'FY27 from the server' };
    expect(await mirrorPlaybook(db, changed, later)).toBe(2);
    expect(await getActivePlaybook(db)).toMatchObject({ source: 'server', playbook: { name: 'FY27 from the server' } });
    expect((await listPlaybookVersions(db)).map((v) => v.source)).toEqual(['server', 'demo']);
  });

  it('keeps when and by whom the server’s version was saved, and records it on the same playbook saved here', async () => {
    const dana = { version: 4, savedAt: '2026-11-20T08:00:00.000Z', savedBy: { id: 'm1', name: 'Dana Lee', role: 'manager' as const } };
    await mirrorPlaybook(db, examplePlaybook(), later, dana);
    expect(await getActivePlaybook(db)).toMatchObject({ source: 'server', onServer: dana });
    // Saved from this browser's editor, then pulled back unchanged: the same version, now with the server's record.
    const edited = { ...examplePlaybook(), name: 'Edited here' };
    await savePlaybookVersion(db, edited, 'editor', later);
    const mine = { version: 5, savedAt: '2026-11-24T09:00:00.000Z', savedBy: { id: 'm2', name: 'Ada', role: 'admin' as const } };
    expect(await mirrorPlaybook(db, edited, later, mine)).toBeUndefined();
    expect(await getActivePlaybook(db)).toMatchObject({ version: 2, source: 'editor', onServer: mine });
    expect(await listPlaybookVersions(db)).toHaveLength(2);
  });
});

describe('applying account changes to the cache', () => {
  const account = (id: string, name: string) => ({ id, name, domain: `${name.toLowerCase()}.com` });

  it('replaces the cache at the first pull, then merges deltas: changed accounts upserted, deleted ones gone', async () => {
    await importAccounts(db, [JSON.stringify([account('S1', 'Solo')])], { fileName: 'mine.json', mode: 'replace', now: () => now });
    const first = await applyAccountChanges(
      db,
      { accounts: [account('A1', 'Fabrikam'), account('A2', 'Litware')], deleted: [], mode: 'replace' },
      { now: () => now, source: 'team' },
    );
    const cache = openAccountCache(db, { pointerMaxAgeMs: 0 });
    expect(first).not.toBeNull();
    expect(await cache.getAccount('S1')).toBeUndefined();
    expect(await cache.count()).toBe(2);

    await applyAccountChanges(
      db,
      { accounts: [account('A2', 'Litware2'), account('A4', 'Contoso')], deleted: ['A1'], mode: 'merge' },
      { now: () => later, source: 'team' },
    );
    expect(await cache.getAccount('A1')).toBeUndefined();
    expect((await cache.getAccount('A2'))?.name).toBe('Litware2');
    expect(await cache.find({ kind: 'domain', value: 'contoso.com' })).toEqual(['A4']);
    expect(await cache.count()).toBe(2);
  });

  it('writes nothing for an empty delta, and never empties the cache for a server without accounts', async () => {
    await importAccounts(db, [JSON.stringify([account('S1', 'Solo')])], { fileName: 'mine.json', mode: 'replace', now: () => now });
    expect(await applyAccountChanges(db, { accounts: [], deleted: [], mode: 'merge' }, { now: () => later, source: 'team' })).toBeNull();
    expect(await applyAccountChanges(db, { accounts: [], deleted: [], mode: 'replace' }, { now: () => later, source: 'team' })).toBeNull();
    expect(await openAccountCache(db).getAccount('S1')).toMatchObject({ name: 'Solo' });
  });
});
