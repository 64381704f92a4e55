import { describe, expect, it } from 'vitest';
import { TEST_DB_KINDS } from '../testing/databases';
import { someAccounts } from '../testing/harness';
import { useHarness } from '../testing/suite';

interface Changes {
  accounts: { id: string; name: string }[];
  deleted: string[];
  cursor: string;
  more: boolean;
}

describe.each(TEST_DB_KINDS)('/api/accounts on %s', (kind) => {
  const h = useHarness(kind);
  const changes = async (query = '') => (await h().admin.get(`/api/accounts${query}`)).body as Changes;

  it('upserts by id and reports what changed', async () => {
    expect((await h().admin.send('PUT', '/api/accounts', someAccounts(3))).body).toEqual({
      ok: true,
      accounts: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
    });
    const again = [{ id: 'acc-1', name: 'Renamed' }, ...someAccounts(3).slice(1), { id: 'acc-4', name: 'New' }];
    expect((await h().admin.send('PUT', '/api/accounts', again)).body).toEqual({
      ok: true,
      accounts: 4,
      created: 1,
      updated: 1,
      unchanged: 2,
    });
    expect((await changes()).accounts.map((a) => a.name)).toEqual(['Account 2', 'Account 3', 'Renamed', 'New']);
  });

  it('refuses the whole upload with every error by JSON path, storing nothing', async () => {
    const bad = [
      ...someAccounts(3),
      { id: 'acc-4', name: 'Bad', employees: -3 },
      { id: 'acc-1', name: 'Twice' },
      { id: 'x', name: 'X', colour: 'red' },
    ];
    const answer = await h().admin.send('PUT', '/api/accounts', bad);
    expect(answer.status).toBe(400);
    expect((answer.body as { errors: string[] }).errors).toEqual([
      expect.stringMatching(/^\[3\]\.employees: /),
      expect.stringMatching(/^\[5\]: .*colour/),
      '[4].id: duplicate id "acc-1" (first at [0])',
    ]);
    expect(await h().db.query('SELECT id FROM accounts')).toHaveLength(0);
    expect((await h().admin.send('PUT', '/api/accounts', { id: 'a' })).status).toBe(400);
  });

  it('lets only an admin upload or delete', async () => {
    await h().playbook([{ id: 'emea', name: 'EMEA', addQuota: 5 }]);
    const mona = await h().member('manager', 'emea');
    expect((await mona.call.send('PUT', '/api/accounts', someAccounts(1))).status).toBe(403);
    await h().accounts(someAccounts(1));
    expect((await mona.call.send('DELETE', '/api/accounts/acc-1')).status).toBe(403);
    expect((await mona.call.get('/api/accounts')).body).toMatchObject({ accounts: [{ id: 'acc-1' }] });
  });

  it('gives deltas since a cursor: changed accounts, deleted ids, and a new cursor', async () => {
    await h().accounts(someAccounts(3));
    const first = await changes();
    expect(first).toMatchObject({ deleted: [], more: false });
    expect(first.accounts).toHaveLength(3);
    expect(await changes(`?since=${first.cursor}`)).toEqual({ accounts: [], deleted: [], cursor: first.cursor, more: false });

    await h().accounts([{ id: 'acc-2', name: 'Changed' }]);
    expect((await h().admin.send('DELETE', '/api/accounts/acc-3')).status).toBe(200);
    const delta = await changes(`?since=${first.cursor}`);
    expect(delta.accounts).toEqual([{ id: 'acc-2', name: 'Changed' }]);
    expect(delta.deleted).toEqual(['acc-3']);
    expect(await changes(`?since=${delta.cursor}`)).toMatchObject({ accounts: [], deleted: [] });
  });

  it('does not move the cursor for an account uploaded again unchanged', async () => {
    await h().accounts(someAccounts(2));
    const { cursor } = await changes();
    await h().accounts(someAccounts(2));
    expect(await changes(`?since=${cursor}`)).toMatchObject({ accounts: [], deleted: [] });
  });

  it('pages with limit and more', async () => {
    await h().accounts(someAccounts(5));
    const page1 = await changes('?limit=2');
    const page2 = await changes(`?since=${page1.cursor}&limit=2`);
    const page3 = await changes(`?since=${page2.cursor}&limit=2`);
    expect([page1.more, page2.more, page3.more]).toEqual([true, true, false]);
    expect([...page1.accounts, ...page2.accounts, ...page3.accounts].map((a) => a.id).sort()).toEqual(
      someAccounts(5)
        .map((a) => a.id)
        .sort(),
    );
  });

  it('brings a deleted account back when it is uploaded again, and refuses proposals while it is deleted', async () => {
    await h().playbook([{ id: 'emea', name: 'EMEA', addQuota: 5 }]);
    await h().accounts(someAccounts(1));
    const rita = await h().member('rep', 'emea');
    await h().admin.send('DELETE', '/api/accounts/acc-1');
    expect((await h().admin.send('DELETE', '/api/accounts/acc-1')).status).toBe(404);
    expect((await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'r' })).status).toBe(404);
    await h().accounts(someAccounts(1));
    expect((await changes()).accounts.map((a) => a.id)).toEqual(['acc-1']);
    expect((await rita.call.send('POST', '/api/proposals', { type: 'add', accountId: 'acc-1', reason: 'r' })).status).toBe(201);
  });

  it('refuses a cursor that is not one', async () => {
    expect((await h().admin.get('/api/accounts?since=abc')).status).toBe(400);
    expect((await h().admin.get('/api/accounts?since=1;DROP TABLE accounts')).status).toBe(400);
    expect((await h().admin.get('/api/accounts?limit=0')).status).toBe(400);
  });
});
