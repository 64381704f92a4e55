import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_ALARM, setupTeamSync } from '@/entrypoints/background/sync';
import { getTeamLink, listProposals, openAccountCache } from '@/lib/db';
import type { onMessage as onProtocolMessage } from '@/lib/messaging/protocol';
import { parseSyncStatus, syncStatusItem, teamServerItem } from '@/lib/settings/team';
import { freshExtensionDb, type TeamServerFixture, withTeamServer } from './team-server';

let team: TeamServerFixture;
withTeamServer((fresh) => {
  team = fresh;
});

/** An extension page of the fake browser, and a content script in a web page. */
const OPTIONS_PAGE = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/options.html' };
const CONTENT_SCRIPT = { id: 'test-extension-id', url: 'https://evil.example/', tab: { id: 7 } };

/** The background's handlers of protocol messages, as registered; sent by the options page unless told otherwise. */
function fakeMessages() {
  const handlers = new Map<string, (message: { sender: object }) => unknown>();
  const onMessage = ((name: string, handler: (message: { sender: object }) => unknown) => {
    handlers.set(name, handler);
    return () => handlers.delete(name);
  }) as unknown as typeof onProtocolMessage;
  return {
    onMessage,
    send: async (name: string, sender: object = OPTIONS_PAGE) => handlers.get(name)?.({ sender }),
  };
}

const status = async () => parseSyncStatus(await syncStatusItem.getValue());

describe('the background’s team sync', () => {
  it('syncs when connected, every minute by alarm, on request, backs off offline, and goes back to solo on disconnect', async () => {
    let at = Date.parse('2026-11-23T09:00:00.000Z');
    const db = freshExtensionDb();
    const messages = fakeMessages();
    setupTeamSync({ db, fetch: team.fetch, clock: () => new Date(at), random: () => 0.5, onMessage: messages.onMessage });
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 1 }));
    await vi.waitFor(async () => expect((await status()).state).toBe('idle'));

    const server = await team.connect('rep');
    await teamServerItem.setValue(server);
    await vi.waitFor(async () => expect(await status()).toMatchObject({ state: 'synced', waiting: 0 }));
    expect(await getTeamLink(db)).toMatchObject({ memberId: server.member.id });
    expect(await openAccountCache(db).count()).toBe(3);

    await team.h.as(server.token).send('POST', '/api/proposals', { type: 'add', accountId: 'A1', reason: 'From another browser' });
    at += 60_000;
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: at, periodInMinutes: 1 });
    await vi.waitFor(async () => expect((await listProposals(db)).map((p) => p.accountId)).toEqual(['A1']));
    // The alarm's sync goes on after the proposals (the TAL, recertifications, shared judgments): it is over once its time is recorded.
    await vi.waitFor(async () => expect(await status()).toMatchObject({ state: 'synced', lastSyncAt: new Date(at).toISOString() }));

    // A content script in a web page may not make the background sync (nor reset the cache).
    await expect(messages.send('syncNow', CONTENT_SCRIPT)).rejects.toThrow(
      "only TAL Scout's own pages may ask this, not https://evil.example/",
    );
    team.setUp(false);
    expect(await messages.send('syncNow')).toMatchObject({ state: 'failed', problem: { kind: 'offline' }, failures: 1 });
    team.setUp(true);
    at += 60_000;
    expect(await messages.send('syncNow')).toMatchObject({ state: 'synced', failures: 0 });

    await teamServerItem.setValue(null);
    await vi.waitFor(async () => expect(await getTeamLink(db)).toBeNull());
    await vi.waitFor(async () => expect((await status()).state).toBe('idle'));
    expect(await listProposals(db)).toEqual([]);
  });
});
