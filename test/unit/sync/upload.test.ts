import { describe, expect, it } from 'vitest';
import { createTalClient } from '../../../lib/sync/client';
import { AccountsInvalidError, createStagedUpload, UploadBatchError, UploadCancelledError, uploadAccounts } from '../../../lib/sync/upload';
import { fakeFetch, json, type SeenRequest } from './fakes';

/** A fake staging server: batches are kept aside and counted only at the commit; `fail` may answer a request instead. */
function server(fail: (request: SeenRequest) => Response | undefined = () => undefined) {
  const staged = new Map<number, unknown[]>();
  let committed = false;
  const fetch = fakeFetch((r) => {
    const failure = fail(r);
    if (failure) return failure;
    if (r.method === 'POST' && r.url.endsWith('/api/account-uploads')) return json(201, { id: 'u1' });
    const batch = /batches\/(\d+)$/.exec(r.url);
    if (r.method === 'PUT' && batch) {
      staged.set(Number(batch[1]), r.body as unknown[]);
      return json(200, { ok: true, batch: Number(batch[1]), accounts: (r.body as unknown[]).length });
    }
    if (r.url.endsWith('/commit')) {
      committed = true;
      const n = [...staged.values()].flat().length;
      return json(200, { ok: true, accounts: n, created: n, updated: 0, unchanged: 0 });
    }
    if (r.method === 'DELETE') {
      staged.clear();
      return json(200, { ok: true });
    }
    return json(404, { error: 'not-found', message: r.url });
  });
  return { fetch, staged, isCommitted: () => committed, client: createTalClient({ baseUrl: 'http://h', token: 't', fetch }) };
}
const noWait = { sleep: async () => {} };
const accountsOf = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `a${i}`, name: `Компания ${i}` }));

describe('uploadAccounts', () => {
  it('stages the accounts in batches under the size limit, then commits them at once', async () => {
    const { fetch, client, staged } = server();
    const accounts = accountsOf(10);
    const totals = await uploadAccounts(client, accounts, { maxBatchBytes: 120 });
    expect(totals).toMatchObject({ accounts: 10, created: 10, updated: 0, unchanged: 0 });
    expect(totals.batches).toBeGreaterThan(1);
    expect(staged.size).toBe(totals.batches);
    const puts = fetch.seen.filter((r) => r.method === 'PUT');
    for (const r of puts) expect(new TextEncoder().encode(JSON.stringify(r.body)).length).toBeLessThanOrEqual(120);
    expect(puts.flatMap((r) => r.body as { id: string }[]).map((a) => a.id)).toEqual(accounts.map((a) => a.id));
    expect(fetch.seen.map((r) => `${r.method} ${r.url.replace('http://h', '')}`).at(-1)).toBe('POST /api/account-uploads/u1/commit');
  });

  it('sends nothing when an account is invalid or an id repeats, and lists every error by path', async () => {
    const { fetch, client } = server();
    const accounts = [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B', employees: -1 },
      { id: 'a', name: 'Again' },
    ];
    const error = await uploadAccounts(client, accounts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccountsInvalidError);
    expect((error as AccountsInvalidError).errors).toEqual([
      expect.stringMatching(/^\[1\]\.employees/),
      '[2].id: duplicate id "a" (first at [0])',
    ]);
    expect(fetch.seen).toHaveLength(0);
  });
});

describe('createStagedUpload', () => {
  it('sends a batch again after a network failure or a server fault, and stores it once', async () => {
    let failures = 2;
    const { client, isCommitted, staged } = server((r) => {
      if (r.method === 'PUT' && failures-- > 0) return failures === 1 ? json(503, { error: 'unavailable', message: 'later' }) : undefined;
      return undefined;
    });
    const upload = createStagedUpload(client, { ...noWait, maxBatchAccounts: 2 });
    for (const [i, account] of accountsOf(3).entries()) await upload.add(account, i + 2);
    expect(await upload.finish()).toMatchObject({ accounts: 3, batches: 2 });
    expect(isCommitted()).toBe(true);
    expect([...staged.keys()]).toEqual([0, 1]);
  });

  it('names the rows of a batch the server refuses, discards the upload and commits nothing', async () => {
    const { fetch, client, isCommitted } = server((r) =>
      r.url.endsWith('/batches/1')
        ? json(400, { error: 'invalid-accounts', message: 'batch 1 was refused', errors: ['[1].name: too long'] })
        : undefined,
    );
    const progress: number[] = [];
    const upload = createStagedUpload(client, { ...noWait, maxBatchAccounts: 2, onProgress: (p) => progress.push(p.accountsSent) });
    const error = await (async () => {
      for (const [i, account] of accountsOf(5).entries()) await upload.add(account, i + 2);
      return upload.finish();
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadBatchError);
    expect(error).toMatchObject({ batch: 2, rows: { first: 4, last: 5 }, rowErrors: [{ row: 5, field: 'name', message: 'too long' }] });
    expect((error as Error).message).toBe('batch 2 (rows 4–5) failed: batch 1 was refused; nothing of the upload was applied');
    expect(progress).toEqual([2]);
    expect(isCommitted()).toBe(false);
    expect(fetch.seen.at(-1)).toMatchObject({ method: 'DELETE', url: 'http://h/api/account-uploads/u1' });
  });

  it('gives up on a server that stays unreachable, naming the batch', async () => {
    const { client } = server((r) =>
      r.method === 'PUT' ? json(502, { error: 'bad-gateway', message: 'the proxy could not reach it' }) : undefined,
    );
    const upload = createStagedUpload(client, noWait);
    await upload.add({ id: 'a', name: 'A' }, 7);
    await expect(upload.finish()).rejects.toMatchObject({ name: 'UploadBatchError', batch: 1, rows: { first: 7, last: 7 } });
  });

  it('stops at a cancel before the next send and forgets what was staged', async () => {
    const controller = new AbortController();
    const { fetch, client, isCommitted } = server();
    const upload = createStagedUpload(client, { maxBatchAccounts: 1, signal: controller.signal, onProgress: () => controller.abort() });
    const error = await (async () => {
      for (const account of accountsOf(3)) await upload.add(account);
      return upload.finish();
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadCancelledError);
    expect(fetch.seen.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(fetch.seen.at(-1)?.method).toBe('DELETE');
    expect(isCommitted()).toBe(false);
  });

  it('checks each batch as the server would before sending it, naming the file row', async () => {
    const { fetch, client } = server();
    const upload = createStagedUpload(client, noWait);
    await upload.add({ id: 'a', name: 'A' }, 2);
    await upload.add({ id: 'a', name: 'A again' }, 3);
    await expect(upload.finish()).rejects.toMatchObject({
      rowErrors: [{ row: 3, field: 'id', message: 'duplicate id "a" (first at [0])' }],
    });
    expect(fetch.seen).toHaveLength(0);
  });
});
