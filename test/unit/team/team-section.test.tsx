// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TeamSection } from '@/entrypoints/options/team/TeamSection';
import type { Member } from '@/lib/schema/member';
import { IDLE_SYNC_STATUS, type SyncStatus, syncStatusItem, teamServerItem } from '@/lib/settings/team';
import { checkConnection } from '@/lib/sync/check-connection';
import type { FetchLike } from '@/lib/sync/client';
import { teamClient } from '@/lib/sync/team-client';
import { freshDb } from '../db/helpers';
import { renderSection as renderOptionsSection, testOptionsServices } from '../options/options-services';
import { fakeFetch, json } from '../sync/fakes';

afterEach(cleanup);

// The real server's answers to GET /api/me are checked in check-connection.test.ts (node); here a
// fake server answers the same way, because DOM environments replace the URL class PGlite needs.
const SERVER_URL = 'http://127.0.0.1:8787';
const members = new Map<string, Member>([
  ['rita-token', { id: 'rep-1', name: 'Rita Rep', role: 'rep', team: 'ka' }],
  ['lena-token', { id: 'lead-1', name: 'Лена', role: 'manager', team: 'ka' }],
]);
const teamFetch = fakeFetch(({ url, headers }) => {
  const member = members.get((headers.authorization ?? '').replace('Bearer ', ''));
  if (url !== `${SERVER_URL}/api/me`) return json(404, { error: 'not-found', message: 'no route' });
  return member ? json(200, member) : json(401, { error: 'unauthorized', message: 'a valid token is required' });
});
const team = {
  fetch: teamFetch,
  connect: (token: string) => ({ url: SERVER_URL, token, member: members.get(token)!, connectedAt: '2026-11-23T09:00:00.000Z' }),
};

const NOW = Date.parse('2026-11-23T09:10:00.000Z');
const synced: SyncStatus = { ...IDLE_SYNC_STATUS, state: 'synced', lastSyncAt: '2026-11-23T09:08:00.000Z' };

function renderSection(fetch: FetchLike, locale: 'en' | 'ru' = 'en') {
  const syncNow = vi.fn(async () => {
    await syncStatusItem.setValue(synced);
    return synced;
  });
  const services = testOptionsServices(freshDb(), NOW, {
    checkConnection: (url, token, options) => checkConnection(url, token, fetch, options),
    syncNow,
    membersClient: (server) => teamClient(server, fetch),
  });
  const view = renderOptionsSection(<TeamSection />, services, locale);
  return { syncNow, view };
}

async function connectWith(url: string, token: string) {
  const user = userEvent.setup();
  const address = await screen.findByLabelText('Server address');
  await user.clear(address);
  if (url) await user.type(address, url);
  await user.clear(screen.getByLabelText('Your token'));
  if (token) await user.type(screen.getByLabelText('Your token'), token);
  await user.click(screen.getByRole('button', { name: 'Connect' }));
  return user;
}

describe('the Team section', () => {
  it('says in words what is wrong with an address or token, and stores nothing until they work', async () => {
    const htmlSite: FetchLike = async () =>
      new Response('<html>Not found</html>', { status: 404, headers: { 'content-type': 'text/html' } });
    const down: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    const { syncNow } = renderSection(team.fetch);
    await connectWith('', '');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Enter the server address.');
    await connectWith('127.0.0.1:8787', 'x');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Enter an address that starts with http:// or https://, like http://127.0.0.1:8787.',
    );
    await connectWith(SERVER_URL, 'not-a-token');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The server did not accept this token. Check it, or ask your admin for a new one.',
    );
    cleanup();

    renderSection(down);
    await connectWith(SERVER_URL, 'any');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Cannot reach http://127.0.0.1:8787. Check the address and that the server is running.',
    );
    cleanup();

    renderSection(htmlSite);
    await connectWith('https://www.example.com', 'any');
    expect((await screen.findByRole('alert')).textContent).toBe('https://www.example.com answered, but it is not a TAL Scout team server.');
    expect(await teamServerItem.getValue()).toBeNull();
    expect(syncNow).not.toHaveBeenCalled();
  });

  it('connects a rep: shows who they are and how the sync stands, syncs now, and disconnects back to solo mode', async () => {
    const rep = team.connect('rita-token');
    const { syncNow } = renderSection(team.fetch);
    const user = await connectWith(`${SERVER_URL}/`, rep.token);

    expect((await screen.findByTestId('team-member')).textContent).toBe(
      'Connected to http://127.0.0.1:8787Signed in as Rita Rep — rep, team ka',
    );
    expect(await teamServerItem.getValue()).toMatchObject({ url: SERVER_URL, token: rep.token, member: { name: 'Rita Rep', role: 'rep' } });
    expect(syncNow).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(screen.getByTestId('sync-status').textContent).toBe('Synced 2 minutes ago.'));

    await syncStatusItem.setValue({
      ...synced,
      state: 'failed',
      problem: { kind: 'offline', message: 'fetch failed' },
      waiting: 1,
      failures: 2,
    });
    await vi.waitFor(() =>
      expect(screen.getByTestId('sync-status').textContent).toBe('Offline — 1 proposal waiting.Last synced 2 minutes ago.'),
    );
    await syncStatusItem.setValue({
      ...synced,
      state: 'failed',
      problem: { kind: 'unauthorized', message: '401' },
      refused: 1,
      failures: 1,
    });
    await vi.waitFor(() =>
      expect(screen.getByTestId('sync-status').textContent).toBe(
        'The last sync failed: the server no longer accepts your token. Ask your admin for a new one and connect again.' +
          'Last synced 2 minutes ago.Refused by the server: 1. The panel’s “My proposals” says why.',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(syncNow).toHaveBeenCalledTimes(2);

    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    expect(await screen.findByText('Disconnected: TAL Scout works in solo mode on this computer.')).toBeTruthy();
    expect(await teamServerItem.getValue()).toBeNull();
    expect((screen.getByLabelText('Server address') as HTMLInputElement).value).toBe(SERVER_URL);
    expect(syncNow).toHaveBeenCalledTimes(3);
  });

  it('speaks the user’s language, plural forms included', async () => {
    const lead = team.connect('lena-token');
    await teamServerItem.setValue(lead);
    await syncStatusItem.setValue({ ...synced, state: 'failed', problem: { kind: 'offline', message: 'x' }, waiting: 3, failures: 1 });
    renderSection(team.fetch, 'ru');
    expect((await screen.findByTestId('team-member')).textContent).toContain('Вы вошли как Лена — руководитель, команда ka');
    await vi.waitFor(() =>
      expect(screen.getByTestId('sync-status').textContent).toBe(
        'Нет связи — 3 предложения ждут отправки.Последняя синхронизация 2 минуты назад.',
      ),
    );
  });

  it('sends a token over plain http:// beyond this machine only once the user accepts it in so many words', async () => {
    const remote = 'http://tal.corp.example:8787';
    const lan = fakeFetch(({ url, headers }) =>
      url === `${remote}/api/me` && headers.authorization === 'Bearer rita-token'
        ? json(200, members.get('rita-token'))
        : json(404, { error: 'not-found', message: 'no route' }),
    );
    renderSection(lan);
    const user = await connectWith(remote, 'rita-token');
    expect((await screen.findByRole('alert')).textContent).toContain('is not encrypted (http://)');
    expect(await teamServerItem.getValue()).toBeNull();
    await user.click(screen.getByLabelText('I understand the token is sent unencrypted to this server'));
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await vi.waitFor(async () => expect(await teamServerItem.getValue()).toMatchObject({ url: remote, member: { name: 'Rita Rep' } }));
  });
});
