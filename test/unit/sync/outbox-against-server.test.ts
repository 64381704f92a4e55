import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTalClient, type FetchLike } from '../../../lib/sync/client';
import { enqueueProposal, flushOutbox } from '../../../lib/sync/outbox';
import type { Db } from '../../../server/db/types';
import { openTestDb, truncateAll } from '../../../server/testing/databases';
import { harness, someAccounts } from '../../../server/testing/harness';
import { memoryOutbox } from './fakes';

describe('the outbox against the real app', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb('pglite');
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  it('holds a proposal made while the server is down and delivers it exactly once after recovery', async () => {
    await truncateAll(db);
    const h = await harness(db);
    await h.playbook([{ id: 'emea', name: 'EMEA', addQuota: 5 }]);
    await h.accounts(someAccounts(2));
    const rita = await h.member('rep', 'emea');

    let state: 'down' | 'answer-lost' | 'up' = 'down';
    const appFetch: FetchLike = async (url, init) => h.app.request(url, init);
    const fetch: FetchLike = async (url, init) => {
      if (state === 'down') throw new TypeError('fetch failed: ECONNREFUSED');
      const response = await appFetch(url, init);
      // The server did the work but the answer never reached the extension.
      if (state === 'answer-lost') throw new TypeError('fetch failed: socket hang up');
      return response;
    };
    const client = createTalClient({ baseUrl: 'http://127.0.0.1:8787', token: rita.token, fetch });
    const storage = memoryOutbox();
    let now = Date.parse('2026-11-23T09:00:00.000Z');
    const clock = () => new Date(now);

    const item = await enqueueProposal(storage, { type: 'add', accountId: 'acc-1', reason: 'seen at a trade fair' }, { now: clock() });
    expect(await flushOutbox({ client, storage, clock, random: () => 0.5 })).toMatchObject({ waiting: 1, delivered: [] });
    expect(await db.query('SELECT id FROM proposals')).toHaveLength(0);

    state = 'answer-lost';
    now = Date.parse((await storage.all())[0]!.nextAttemptAt);
    expect(await flushOutbox({ client, storage, clock, random: () => 0.5 })).toMatchObject({ waiting: 1 });
    expect(await db.query('SELECT id FROM proposals')).toHaveLength(1);

    state = 'up';
    now = Date.parse((await storage.all())[0]!.nextAttemptAt);
    const report = await flushOutbox({ client, storage, clock, random: () => 0.5 });
    expect(report.delivered.map((i) => i.idempotencyKey)).toEqual([item.idempotencyKey]);
    const rows = await db.query<{ id: string }>('SELECT id FROM proposals');
    expect(rows).toHaveLength(1);
    expect(storage.items.get(item.idempotencyKey)?.proposal?.id).toBe(rows[0]?.id);
    expect((await rita.call.get('/api/quota')).body).toMatchObject({ used: 1 });

    now += 3_600_000;
    await flushOutbox({ client, storage, clock, random: () => 0.5 });
    expect(await db.query('SELECT id FROM proposals')).toHaveLength(1);
  });
});
