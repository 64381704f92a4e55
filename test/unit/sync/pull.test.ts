import { describe, expect, it } from 'vitest';
import { createTalClient } from '../../../lib/sync/client';
import { pullChanges } from '../../../lib/sync/pull';
import { fakeFetch, json } from './fakes';

// An older server answered no `entries`; the client reads them as none.
const tal = { accountIds: ['a'], changes: [] };

describe('pullChanges', () => {
  it('follows account pages until the last, then reads playbook, proposals and TAL', async () => {
    const pages: Record<string, unknown> = {
      '': { accounts: [{ id: 'a', name: 'A' }], deleted: [], cursor: '5', more: true },
      '5': {
        accounts: [
          { id: 'a', name: 'A renamed' },
          { id: 'b', name: 'B' },
        ],
        deleted: ['z'],
        cursor: '9',
        more: false,
      },
    };
    const fetch = fakeFetch((r) => {
      const url = new URL(r.url);
      if (url.pathname === '/api/accounts') return json(200, pages[url.searchParams.get('since') ?? '']);
      if (url.pathname === '/api/playbook/current') return json(404, { error: 'no-playbook', message: 'none yet' });
      if (url.pathname === '/api/recertifications') return json(200, { period: '2026-Q4', records: [] });
      if (url.pathname === '/api/proposals') return json(200, []);
      return json(200, tal);
    });
    const pulled = await pullChanges(createTalClient({ baseUrl: 'http://h', token: 't', fetch }));
    expect(pulled).toEqual({
      accounts: [
        { id: 'a', name: 'A renamed' },
        { id: 'b', name: 'B' },
      ],
      deleted: ['z'],
      cursor: '9',
      playbook: null,
      playbookSaved: null,
      recertifications: { period: '2026-Q4', records: [] },
      proposals: [],
      tal: { ...tal, entries: [] },
    });
  });

  it('starts from the given cursor and stops when the server does not move it', async () => {
    const fetch = fakeFetch((r) => {
      const url = new URL(r.url);
      if (url.pathname === '/api/accounts') return json(200, { accounts: [], deleted: [], cursor: '7', more: true });
      if (url.pathname === '/api/playbook/current') return json(404, { error: 'no-playbook', message: 'none' });
      if (url.pathname === '/api/recertifications') return json(200, { period: '2026-Q4', records: [] });
      return json(200, url.pathname === '/api/tal' ? tal : []);
    });
    const pulled = await pullChanges(createTalClient({ baseUrl: 'http://h', token: 't', fetch }), '7');
    expect(pulled.cursor).toBe('7');
    expect(fetch.seen.filter((r) => r.url.includes('/api/accounts'))).toHaveLength(1);
  });

  it('fails as a whole when a page fails, so no cursor goes past missing data', async () => {
    const fetch = fakeFetch((r) =>
      r.url.includes('since=5')
        ? json(500, { error: 'internal', message: 'x' })
        : json(200, { accounts: [], deleted: [], cursor: '5', more: true }),
    );
    await expect(pullChanges(createTalClient({ baseUrl: 'http://h', token: 't', fetch }))).rejects.toMatchObject({ status: 500 });
  });
});
