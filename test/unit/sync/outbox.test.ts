import { describe, expect, it } from 'vitest';
import { OutboxItemSchema } from '../../../lib/schema/outbox-item';
import { createTalClient } from '../../../lib/sync/client';
import { enqueueProposal, flushOutbox, MAX_SERVER_FAULTS, retryOutboxItem } from '../../../lib/sync/outbox';
import { fakeFetch, json, memoryOutbox, type SeenRequest } from './fakes';

const T0 = new Date('2026-11-23T09:00:00.000Z');
const at = (ms: number) => () => new Date(T0.getTime() + ms);
const request = { type: 'add' as const, accountId: 'acme', reason: 'fits the ICP' };

function made(r: SeenRequest) {
  const body = r.body as typeof request;
  return json(201, {
    id: `srv-${r.headers['idempotency-key']}`,
    ...body,
    status: 'pending',
    proposerId: 'rep-1',
    team: 'emea',
    createdAt: T0.toISOString(),
  });
}

function setUp(handler: (r: SeenRequest) => Response | Promise<Response>) {
  const fetch = fakeFetch(handler);
  const storage = memoryOutbox();
  const client = createTalClient({ baseUrl: 'http://h', token: 't', fetch });
  return { fetch, storage, client };
}

describe('enqueueProposal', () => {
  it('queues a valid item with its idempotency key made once', async () => {
    const storage = memoryOutbox();
    const item = await enqueueProposal(storage, request, { now: T0, newKey: () => 'key-1' });
    expect(item).toEqual({
      idempotencyKey: 'key-1',
      request,
      createdAt: T0.toISOString(),
      state: 'queued',
      attempts: 0,
      nextAttemptAt: T0.toISOString(),
    });
    expect(OutboxItemSchema.parse(storage.items.get('key-1'))).toEqual(item);
  });

  it('makes a fresh key by default and refuses an invalid proposal', async () => {
    const storage = memoryOutbox();
    const a = await enqueueProposal(storage, request, { now: T0 });
    const b = await enqueueProposal(storage, request, { now: T0 });
    expect(a.idempotencyKey).not.toBe(b.idempotencyKey);
    await expect(enqueueProposal(storage, { ...request, reason: ' ' }, { now: T0 })).rejects.toThrow();
    expect(storage.items.size).toBe(2);
  });
});

describe('flushOutbox', () => {
  it('delivers queued items oldest first and keeps the server proposal', async () => {
    const { fetch, storage, client } = setUp(made);
    await enqueueProposal(storage, { ...request, accountId: 'second' }, { now: at(1000)(), newKey: () => 'k2' });
    await enqueueProposal(storage, request, { now: T0, newKey: () => 'k1' });
    const report = await flushOutbox({ client, storage, clock: at(2000), random: () => 0.5 });
    expect(fetch.seen.map((r) => r.headers['idempotency-key'])).toEqual(['k1', 'k2']);
    expect(report).toMatchObject({ waiting: 0, nextAttemptAt: undefined, refused: [] });
    expect(storage.items.get('k1')).toMatchObject({ state: 'delivered', attempts: 1, proposal: { id: 'srv-k1' } });
    await flushOutbox({ client, storage, clock: at(3000), random: () => 0.5 });
    expect(fetch.seen).toHaveLength(2);
  });

  it('on a network error keeps the item with backoff and the same key, and stops the flush', async () => {
    let online = false;
    const { fetch, storage, client } = setUp((r) => (online ? made(r) : Promise.reject(new TypeError('fetch failed'))));
    await enqueueProposal(storage, request, { now: T0, newKey: () => 'k1' });
    await enqueueProposal(storage, { ...request, accountId: 'other' }, { now: at(1)(), newKey: () => 'k2' });

    const down = await flushOutbox({ client, storage, clock: at(0), random: () => 0 });
    expect(fetch.seen).toHaveLength(1);
    expect(down).toMatchObject({ waiting: 2, delivered: [] });
    expect(storage.items.get('k1')).toMatchObject({
      state: 'queued',
      attempts: 1,
      nextAttemptAt: new Date(T0.getTime() + 500).toISOString(),
    });
    expect(storage.items.get('k1')?.lastError).toMatch(/cannot reach/);

    // k1 waits for its backoff; k2, never tried, is due and tried alone.
    await flushOutbox({ client, storage, clock: at(100), random: () => 0 });
    expect(fetch.seen.map((r) => r.headers['idempotency-key'])).toEqual(['k1', 'k2']);

    online = true;
    await flushOutbox({ client, storage, clock: at(600), random: () => 0 });
    expect(fetch.seen.map((r) => r.headers['idempotency-key'])).toEqual(['k1', 'k2', 'k1', 'k2']);
    expect(storage.items.get('k1')).toMatchObject({ state: 'delivered', attempts: 2 });
    expect(storage.items.get('k1')).not.toHaveProperty('lastError');
  });

  it('backs off longer after each failure, with jitter, on 5xx too', async () => {
    const { storage, client } = setUp(() => json(503, { error: 'unavailable', message: 'db down' }));
    await enqueueProposal(storage, request, { now: T0, newKey: () => 'k1' });
    const waits: number[] = [];
    let now = T0.getTime();
    for (let i = 0; i < 4; i += 1) {
      const report = await flushOutbox({ client, storage, clock: () => new Date(now), random: () => 0.999 });
      const next = Date.parse(report.nextAttemptAt ?? '');
      waits.push(next - now);
      now = next;
    }
    expect(waits.every((w, i) => i === 0 || w > (waits[i - 1] ?? 0))).toBe(true);
    // The server's own words, for the rep; 503 is the server away, so the item keeps waiting.
    expect(storage.items.get('k1')).toMatchObject({ state: 'queued', attempts: 4, lastError: 'db down' });
  });

  it("marks a refused proposal with the server's reason, so the rep sees it, and goes on with the next", async () => {
    const { storage, client } = setUp((r) =>
      (r.body as { accountId: string }).accountId === 'spent'
        ? json(409, { error: 'quota-exceeded', message: 'quota spent', used: 5, limit: 5 })
        : made(r),
    );
    await enqueueProposal(storage, { ...request, accountId: 'spent' }, { now: T0, newKey: () => 'k1' });
    await enqueueProposal(storage, request, { now: at(1)(), newKey: () => 'k2' });
    const report = await flushOutbox({ client, storage, clock: at(10), random: () => 0 });
    expect(report.refused.map((i) => i.idempotencyKey)).toEqual(['k1']);
    expect(storage.items.get('k1')).toMatchObject({ state: 'refused', refusal: { error: 'quota-exceeded', used: 5, limit: 5 } });
    expect(storage.items.get('k2')).toMatchObject({ state: 'delivered' });
    await flushOutbox({ client, storage, clock: at(100_000), random: () => 0 });
    expect(storage.items.get('k1')).toMatchObject({ state: 'refused', attempts: 1 });
  });

  it('keeps an item queued when the token is refused (401), since a new token can send it', async () => {
    const { storage, client } = setUp(() => json(401, { error: 'unauthorized', message: 'bad token' }));
    await enqueueProposal(storage, request, { now: T0, newKey: () => 'k1' });
    expect(await flushOutbox({ client, storage, clock: at(0), random: () => 0 })).toMatchObject({ waiting: 1, refused: [] });
  });

  it('fails a proposal the server answers with a fault again and again, with its words, while the rest flows', async () => {
    let broken = true;
    const seen: string[] = [];
    const { storage, client } = setUp((r) => {
      const accountId = (r.body as { accountId: string }).accountId;
      seen.push(`${accountId}:${r.headers['idempotency-key']}`);
      return accountId === 'poison' && broken ? json(500, { error: 'internal', message: 'the server failed to answer' }) : made(r);
    });
    await enqueueProposal(storage, { ...request, accountId: 'poison' }, { now: T0, newKey: () => 'k1' });
    let now = T0.getTime();
    for (let i = 1; i <= MAX_SERVER_FAULTS; i++) {
      await enqueueProposal(storage, { ...request, accountId: `ok-${i}` }, { now: new Date(now), newKey: () => `ok-${i}` });
      const report = await flushOutbox({ client, storage, clock: () => new Date(now), random: () => 0 });
      // Every other proposal got through at once, whatever the failing one did.
      expect(storage.items.get(`ok-${i}`)).toMatchObject({ state: 'delivered' });
      if (i < MAX_SERVER_FAULTS) {
        expect(storage.items.get('k1')).toMatchObject({ state: 'queued', faults: i, lastError: 'the server failed to answer' });
        now = Date.parse(report.nextAttemptAt ?? '');
      } else expect(report.refused.map((item) => item.idempotencyKey)).toEqual(['k1']);
    }
    expect(storage.items.get('k1')).toMatchObject({ state: 'failed', faults: MAX_SERVER_FAULTS, lastError: 'the server failed to answer' });
    await flushOutbox({ client, storage, clock: () => new Date(now + 10 * 86_400_000), random: () => 0 });
    expect(seen.filter((s) => s.startsWith('poison'))).toHaveLength(MAX_SERVER_FAULTS);

    // The rep sends it again once the server is mended: the same key, so still made at most once.
    broken = false;
    await retryOutboxItem(storage, storage.items.get('k1')!, new Date(now));
    expect(storage.items.get('k1')).toMatchObject({ state: 'queued', attempts: 0 });
    expect(storage.items.get('k1')).not.toHaveProperty('lastError');
    await flushOutbox({ client, storage, clock: () => new Date(now), random: () => 0 });
    expect(storage.items.get('k1')).toMatchObject({ state: 'delivered', proposal: { id: 'srv-k1' } });
    expect(seen.at(-1)).toBe('poison:k1');
  });
});
