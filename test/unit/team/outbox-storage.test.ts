import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDexieOutbox, putProposal, setTalOverride, type TalDb } from '@/lib/db';
import type { OutboxItem } from '@/lib/schema/outbox-item';
import { enqueueProposal, flushOutbox } from '@/lib/sync/outbox';
import type { ProposalRequest } from '@/lib/tal/new-proposal';
import { dropExtensionDb, freshExtensionDb } from './team-server';

const rita = { server: 'http://127.0.0.1:8787', memberId: 'rep-1' };
const now = new Date('2026-11-23T09:00:00.000Z');
const request = { type: 'add' as const, accountId: 'A1', reason: 'Seen at a trade fair' };

let db: TalDb;
beforeEach(() => {
  db = freshExtensionDb();
});
afterEach(async () => {
  await dropExtensionDb(db);
});

describe('the Dexie outbox', () => {
  it('keeps items across a reopened database, each under its idempotency key made once', async () => {
    const outbox = createDexieOutbox(db, rita);
    const item = await enqueueProposal(outbox, request, { now, newKey: () => 'key-1' });
    expect(item).toMatchObject({ idempotencyKey: 'key-1', state: 'queued', attempts: 0 });
    db.close();
    await db.open();
    expect(await createDexieOutbox(db, rita).all()).toEqual([item]);
    expect(await createDexieOutbox(db, rita).get('key-1')).toEqual(item);
  });

  it('lists and sends only the items of its own member and server; the others stay stored', async () => {
    await enqueueProposal(createDexieOutbox(db, rita), request, { now, newKey: () => 'rita-1' });
    const other = createDexieOutbox(db, { ...rita, server: 'https://other.example' });
    await enqueueProposal(other, { ...request, accountId: 'A2' }, { now, newKey: () => 'other-1' });
    expect((await createDexieOutbox(db, rita).all()).map((i) => i.idempotencyKey)).toEqual(['rita-1']);
    expect(await createDexieOutbox(db, rita).get('other-1')).toBeUndefined();
    await createDexieOutbox(db, rita).remove('other-1');
    expect((await other.all()).map((i) => i.idempotencyKey)).toEqual(['other-1']);
  });

  it('is the storage of lib/sync’s flush: a delivered item keeps the server’s proposal, a refused one the server’s words', async () => {
    const outbox = createDexieOutbox(db, rita);
    await enqueueProposal(outbox, request, { now, newKey: () => 'ok' });
    await enqueueProposal(outbox, { ...request, accountId: 'A2' }, { now: new Date(now.getTime() + 1), newKey: () => 'no' });
    const { TalApiError } = await import('@/lib/sync/errors');
    const client = {
      createProposal: async (body: ProposalRequest, key?: string) => {
        if (key === 'no')
          throw new TalApiError(409, { error: 'quota-exceeded', message: 'the quota is spent (2 of 2)', used: 2, limit: 2 });
        return { id: 'p-1', ...body, status: 'pending' as const, proposerId: 'rep-1', team: 'ka', createdAt: now.toISOString() };
      },
    };
    const report = await flushOutbox({ client, storage: outbox, clock: () => new Date(now.getTime() + 1000), random: () => 0.5 });
    expect(report).toMatchObject({ waiting: 0 });
    const byKey = new Map((await outbox.all()).map((i): [string, OutboxItem] => [i.idempotencyKey, i]));
    expect(byKey.get('ok')).toMatchObject({ state: 'delivered', proposal: { id: 'p-1' } });
    expect(byKey.get('no')).toMatchObject({
      state: 'refused',
      refusal: { error: 'quota-exceeded', message: 'the quota is spent (2 of 2)' },
    });
  });

  it('makes waiting items due at once when the user asks to sync', async () => {
    const outbox = createDexieOutbox(db, rita);
    const item = await enqueueProposal(outbox, request, { now, newKey: () => 'k' });
    await outbox.put({ ...item, attempts: 3, nextAttemptAt: '2026-11-23T10:00:00.000Z' });
    await outbox.makeDue(now);
    expect((await outbox.get('k'))?.nextAttemptAt).toBe(now.toISOString());
  });

  it('refuses to store an item that is not an outbox item', async () => {
    const outbox = createDexieOutbox(db, rita);
    await expect(outbox.put({ idempotencyKey: '', request } as unknown as OutboxItem)).rejects.toThrow();
    expect(await outbox.all()).toEqual([]);
  });

  it('lives beside the solo data without touching it', async () => {
    await putProposal(db, { ...request, id: 'solo-1', status: 'pending', proposerId: 'me', team: 'ka', createdAt: now.toISOString() });
    await setTalOverride(db, { accountId: 'A3', onTal: true, source: 'manager' }, now);
    await enqueueProposal(createDexieOutbox(db, rita), request, { now });
    expect(await db.proposals.count()).toBe(1);
    expect(await db.talOverrides.count()).toBe(1);
  });
});
