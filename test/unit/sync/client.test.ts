import { describe, expect, it } from 'vitest';
import { createTalClient } from '../../../lib/sync/client';
import { TalApiError, TalNetworkError, TalProtocolError } from '../../../lib/sync/errors';
import { fakeFetch, json } from './fakes';

const proposal = {
  id: 'p1',
  type: 'add',
  accountId: 'acme',
  reason: 'fits',
  status: 'pending',
  proposerId: 'rep-1',
  team: 'emea',
  createdAt: '2026-11-23T09:00:00.000Z',
};

describe('createTalClient', () => {
  it('sends the bearer token, JSON body and Idempotency-Key, and returns the checked proposal', async () => {
    const fetch = fakeFetch(() => json(201, proposal));
    const client = createTalClient({ baseUrl: 'http://127.0.0.1:8787/', token: 'tok', fetch });
    expect(await client.createProposal({ type: 'add', accountId: 'acme', reason: 'fits' }, 'key-1')).toEqual(proposal);
    expect(fetch.seen).toEqual([
      {
        url: 'http://127.0.0.1:8787/api/proposals',
        method: 'POST',
        headers: { authorization: 'Bearer tok', 'content-type': 'application/json', 'idempotency-key': 'key-1' },
        body: { type: 'add', accountId: 'acme', reason: 'fits' },
      },
    ]);
  });

  it('builds query strings and escapes ids in paths', async () => {
    const fetch = fakeFetch((r) => (r.url.includes('/decision') ? json(200, { ...proposal, status: 'approved' }) : json(200, [])));
    const client = createTalClient({ baseUrl: 'http://h', token: 't', fetch });
    await client.proposals('pending');
    await client.decide('a/b?c', { decision: 'approve' });
    expect(fetch.seen.map((r) => r.url)).toEqual(['http://h/api/proposals?status=pending', 'http://h/api/proposals/a%2Fb%3Fc/decision']);
  });

  it('turns an error answer into a TalApiError with the server code, used and limit', async () => {
    const client = createTalClient({
      baseUrl: 'http://h',
      token: 't',
      fetch: fakeFetch(() => json(409, { error: 'quota-exceeded', message: 'spent', used: 5, limit: 5 })),
    });
    const error = await client.createProposal({ type: 'add', accountId: 'a', reason: 'r' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TalApiError);
    expect(error).toMatchObject({ status: 409, body: { error: 'quota-exceeded', used: 5, limit: 5 }, retryable: false });
  });

  it('keeps the status of a non-JSON error answer, such as a proxy page', async () => {
    const client = createTalClient({
      baseUrl: 'http://h',
      token: 't',
      fetch: fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 })),
    });
    await expect(client.me()).rejects.toMatchObject({ status: 502, body: { error: 'http-502' }, retryable: true });
  });

  it('reports an unreachable server as a TalNetworkError', async () => {
    const client = createTalClient({
      baseUrl: 'http://h',
      token: 't',
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    await expect(client.me()).rejects.toBeInstanceOf(TalNetworkError);
  });

  it('refuses an answer that does not match the API', async () => {
    const client = createTalClient({ baseUrl: 'http://h', token: 't', fetch: fakeFetch(() => json(200, { id: 'x' })) });
    await expect(client.me()).rejects.toBeInstanceOf(TalProtocolError);
  });

  it('gives null for the playbook before the first one is put, and the checked playbook after', async () => {
    const none = createTalClient({
      baseUrl: 'http://h',
      token: 't',
      fetch: fakeFetch(() => json(404, { error: 'no-playbook', message: 'none' })),
    });
    expect(await none.playbook()).toBeNull();
    const document = { version: 1, name: 'P', icp: { criteria: [] }, tal: { teams: [{ id: 'emea', name: 'EMEA', addQuota: 3 }] } };
    const some = createTalClient({ baseUrl: 'http://h', token: 't', fetch: fakeFetch(() => json(200, document)) });
    expect(await some.playbook()).toMatchObject({ name: 'P', tal: { period: 'quarter', teams: [{ scope: 'team' }] } });
  });
});
