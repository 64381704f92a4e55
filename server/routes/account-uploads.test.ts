import { describe, expect, it } from 'vitest';
import { TEST_DB_KINDS } from '../testing/databases';
import { someAccounts } from '../testing/harness';
import { useHarness } from '../testing/suite';

describe.each(TEST_DB_KINDS)('/api/account-uploads on %s', (kind) => {
  const h = useHarness(kind);
  const names = async () =>
    ((await h().admin.get('/api/accounts')).body as { accounts: { id: string; name: string }[] }).accounts.map((a) => a.name).sort();
  const begin = async () => {
    const answer = await h().admin.send('POST', '/api/account-uploads', {});
    expect(answer.status).toBe(201);
    return (answer.body as { id: string }).id;
  };

  it('applies every batch at the commit, none before, with the counts of one upload', async () => {
    await h().accounts([
      { id: 'acc-1', name: 'Old name' },
      { id: 'acc-9', name: 'Stays' },
    ]);
    const id = await begin();
    const all = someAccounts(5);
    expect((await h().admin.send('PUT', `/api/account-uploads/${id}/batches/0`, all.slice(0, 3))).body).toEqual({
      ok: true,
      batch: 0,
      accounts: 3,
    });
    expect((await h().admin.send('PUT', `/api/account-uploads/${id}/batches/1`, all.slice(3))).status).toBe(200);
    expect(await names()).toEqual(['Old name', 'Stays']);
    const commit = await h().admin.send('POST', `/api/account-uploads/${id}/commit`, {});
    expect(commit.body).toEqual({ ok: true, accounts: 5, created: 4, updated: 1, unchanged: 0 });
    expect(await names()).toEqual(['Account 1', 'Account 2', 'Account 3', 'Account 4', 'Account 5', 'Stays']);
    // A retried commit (its answer lost) answers the same and changes nothing.
    const cursor = ((await h().admin.get('/api/accounts')).body as { cursor: string }).cursor;
    expect((await h().admin.send('POST', `/api/account-uploads/${id}/commit`, {})).body).toEqual(commit.body);
    expect((await h().admin.get(`/api/accounts?since=${cursor}`)).body).toMatchObject({ accounts: [], deleted: [] });
    expect(await h().db.query('SELECT * FROM account_upload_batches')).toHaveLength(0);
  });

  it('counts unchanged accounts and keeps their place in the delta', async () => {
    await h().accounts(someAccounts(2));
    const id = await begin();
    await h().admin.send('PUT', `/api/account-uploads/${id}/batches/0`, someAccounts(2));
    expect((await h().admin.send('POST', `/api/account-uploads/${id}/commit`, {})).body).toEqual({
      ok: true,
      accounts: 2,
      created: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it('replaces a batch sent again, and refuses a bad batch by JSON path, keeping the others', async () => {
    const id = await begin();
    await h().admin.send('PUT', `/api/account-uploads/${id}/batches/0`, [{ id: 'a', name: 'First try' }]);
    await h().admin.send('PUT', `/api/account-uploads/${id}/batches/0`, [{ id: 'a', name: 'Second try' }]);
    const bad = await h().admin.send('PUT', `/api/account-uploads/${id}/batches/1`, [
      { id: 'b', name: 'B' },
      { id: 'c', name: 'C', employees: -1 },
    ]);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: 'invalid-accounts', errors: [expect.stringMatching(/^\[1\]\.employees: /)] });
    await h().admin.send('POST', `/api/account-uploads/${id}/commit`, {});
    expect(await names()).toEqual(['Second try']);
  });

  it('refuses an id given in two batches at the commit, naming both places, and applies nothing', async () => {
    const id = await begin();
    await h().admin.send('PUT', `/api/account-uploads/${id}/batches/0`, [
      { id: 'x', name: 'X' },
      { id: 'a', name: 'A' },
    ]);
    await h().admin.send('PUT', `/api/account-uploads/${id}/batches/1`, [{ id: 'a', name: 'A again' }]);
    const commit = await h().admin.send('POST', `/api/account-uploads/${id}/commit`, {});
    expect(commit.status).toBe(400);
    expect((commit.body as { errors: string[] }).errors).toEqual(['batch 1 [0].id: duplicate id "a" (first in batch 0 [1])']);
    expect(await names()).toEqual([]);
  });

  it('forgets a discarded upload, and a commit without batches is refused', async () => {
    const id = await begin();
    expect((await h().admin.send('POST', `/api/account-uploads/${id}/commit`, {})).status).toBe(409);
    await h().admin.send('PUT', `/api/account-uploads/${id}/batches/0`, someAccounts(1));
    expect((await h().admin.send('DELETE', `/api/account-uploads/${id}`)).status).toBe(200);
    expect((await h().admin.send('POST', `/api/account-uploads/${id}/commit`, {})).status).toBe(404);
    expect(await names()).toEqual([]);
    expect(await h().db.query('SELECT * FROM account_upload_batches')).toHaveLength(0);
  });

  it('deletes uploads left untouched for a day when the next one begins', async () => {
    const old = await begin();
    await h().admin.send('PUT', `/api/account-uploads/${old}/batches/0`, someAccounts(1));
    h().clock.set('2026-11-24T09:00:01.000Z');
    await begin();
    expect((await h().admin.send('POST', `/api/account-uploads/${old}/commit`, {})).status).toBe(404);
  });

  it('lets only an admin upload, and only into their own upload', async () => {
    await h().playbook([{ id: 'emea', name: 'EMEA', addQuota: 5 }]);
    const mona = await h().member('manager', 'emea');
    expect((await mona.call.send('POST', '/api/account-uploads', {})).status).toBe(403);
    const id = await begin();
    expect((await mona.call.send('PUT', `/api/account-uploads/${id}/batches/0`, someAccounts(1))).status).toBe(403);
    expect((await mona.call.send('POST', `/api/account-uploads/${id}/commit`, {})).status).toBe(403);
    const other = await h().member('admin', null, 'Second admin');
    expect((await other.call.send('PUT', `/api/account-uploads/${id}/batches/0`, someAccounts(1))).status).toBe(404);
    expect((await other.call.send('DELETE', `/api/account-uploads/${id}`)).status).toBe(404);
    expect((await h().admin.send('PUT', `/api/account-uploads/${id}/batches/abc`, someAccounts(1))).status).toBe(400);
    expect((await h().admin.send('PUT', `/api/account-uploads/${id}/batches/10000`, someAccounts(1))).status).toBe(400);
  });
});
