import { describe, expect, it } from 'vitest';
import { createTalClient } from '../../../lib/sync/client';
import { AccountsInvalidError, uploadAccounts } from '../../../lib/sync/upload';
import { fakeFetch, json } from './fakes';

function server() {
  return fakeFetch((r) => {
    const n = (r.body as unknown[]).length;
    return json(200, { ok: true, accounts: n, created: n, updated: 0, unchanged: 0 });
  });
}

describe('uploadAccounts', () => {
  it('sends the accounts in batches under the size limit and sums what changed', async () => {
    const fetch = server();
    const accounts = Array.from({ length: 10 }, (_, i) => ({ id: `a${i}`, name: `Компания ${i}` }));
    const totals = await uploadAccounts(createTalClient({ baseUrl: 'http://h', token: 't', fetch }), accounts, 120);
    expect(totals).toEqual({ accounts: 10, created: 10, updated: 0, unchanged: 0, batches: fetch.seen.length });
    expect(fetch.seen.length).toBeGreaterThan(1);
    for (const r of fetch.seen) expect(new TextEncoder().encode(JSON.stringify(r.body)).length).toBeLessThanOrEqual(120);
    expect(fetch.seen.flatMap((r) => r.body as { id: string }[]).map((a) => a.id)).toEqual(accounts.map((a) => a.id));
    expect(fetch.seen.every((r) => r.method === 'PUT' && r.url === 'http://h/api/accounts')).toBe(true);
  });

  it('sends nothing when an account is invalid or an id repeats, and lists every error by path', async () => {
    const fetch = server();
    const accounts = [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B', employees: -1 },
      { id: 'a', name: 'Again' },
    ];
    const error = await uploadAccounts(createTalClient({ baseUrl: 'http://h', token: 't', fetch }), accounts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccountsInvalidError);
    expect((error as AccountsInvalidError).errors).toEqual([
      expect.stringMatching(/^\[1\]\.employees/),
      '[2].id: duplicate id "a" (first at [0])',
    ]);
    expect(fetch.seen).toHaveLength(0);
  });
});
