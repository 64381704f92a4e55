import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTeamServerStore, indexedDbSecrets } from '@/lib/settings/team-server-store';

const server = {
  url: 'https://tal.example.com',
  token: 'tal_secret-token-0123456789abcdefghijklmnopqrstu',
  member: { id: 'm1', name: 'Rita Rep', role: 'rep' as const, team: 'ka' },
  connectedAt: '2026-11-23T09:00:00.000Z',
};
const fresh = () => createTeamServerStore(undefined, indexedDbSecrets(`secrets-${crypto.randomUUID()}`));

describe('the team server setting', () => {
  it('keeps the token out of extension storage, where content scripts could read it, and gives it back whole', async () => {
    const store = fresh();
    await store.setValue(server);
    const stored = await fakeBrowser.storage.local.get('teamServer');
    expect(stored.teamServer).toEqual({ url: server.url, member: server.member, connectedAt: server.connectedAt });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(server.token);
    expect(await store.getValue()).toEqual(server);
  });

  it('tells watchers the new value with its token, and forgets the token on disconnect', async () => {
    const store = fresh();
    const seen = vi.fn();
    const unwatch = store.watch(seen);
    await store.setValue(server);
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(server));
    await store.setValue(null);
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith(null));
    unwatch();
    await store.setValue({ ...server, url: 'https://other.example.com' });
    const { token: _, ...link } = server;
    await store.setValue(null);
    expect(await store.getValue()).toBeNull();
    expect(seen).not.toHaveBeenCalledWith({ ...link, url: 'https://other.example.com', token: server.token });
  });

  it('moves a token an older version kept in extension storage into IndexedDB at the first read', async () => {
    await fakeBrowser.storage.local.set({ teamServer: server });
    const store = fresh();
    expect(await store.getValue()).toEqual(server);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(server.token);
    expect(await store.getValue()).toEqual(server);
  });
});
