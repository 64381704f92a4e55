import { describe, expect, it, vi } from 'vitest';
import { setupAlerts } from '@/entrypoints/background/alerts';
import { importAccounts, readAlerts, savePlaybookVersion } from '@/lib/db';
import { parsePlaybook } from '@/lib/schema/load-playbook';
import { alertAudience } from '@/lib/settings/alerts';
import type { TeamServer } from '@/lib/settings/team';
import { freshDb, readRepoFile } from '../db/helpers';

const NOW = new Date('2026-11-23T00:00:00Z');
const example = (file: string) => readRepoFile(`test/fixtures/examples/${file}`);

/** A fake notifications API: what was shown, and a way to click one. */
function fakeNotifications() {
  const shown: { id: string; title: string; message: string }[] = [];
  const cleared: string[] = [];
  let click: ((id: string) => void) | undefined;
  return {
    shown,
    cleared,
    click: (id: string) => click?.(id),
    api: {
      create: vi.fn(async (id: string, options: { title: string; message: string }) => {
        shown.push({ id, title: options.title, message: options.message });
        return id;
      }),
      clear: vi.fn(async (id: string) => {
        cleared.push(id);
        return true;
      }),
      onClicked: { addListener: (listener: (id: string) => void) => (click = listener) },
    } as never,
  };
}

const member = (name: string, role: 'rep' | 'manager', team: string): TeamServer => ({
  url: 'http://127.0.0.1:8787',
  token: 't',
  member: { id: `id-${name}`, name, role, team },
  connectedAt: NOW.toISOString(),
});

describe('alerts in the background', () => {
  it('notifies the owner once when new data raises an account, never again for the same data; a click opens it', async () => {
    const db = freshDb();
    const parsed = parsePlaybook(JSON.parse(example('playbook-alerts.json')));
    if (!parsed.ok) throw new Error('bad playbook');
    await savePlaybookVersion(db, parsed.playbook, 'file', NOW);
    const load = (file: string) => importAccounts(db, [example(file)], { fileName: file, mode: 'replace', now: () => NOW });
    await load('accounts.csv');
    const notes = fakeNotifications();
    const focus = { setValue: vi.fn(async () => undefined) };
    const openPanel = vi.fn(async () => undefined);
    // Rita's CRM name is her owner id in this data ("rep-ka-1").
    const server = { getValue: async () => member('rep-ka-1', 'rep', 'ka') };
    const alerts = setupAlerts({
      db,
      notifications: notes.api,
      server: server as never,
      focus: focus as never,
      openPanel,
      clock: () => NOW,
      settleMs: 0,
    });
    await expect.poll(async () => (await readAlerts(db))?.known).toEqual(['intent-spike', 'engaged', 'opportunity']);
    expect(notes.shown).toEqual([]);

    await load('accounts-after.csv');
    await expect.poll(() => notes.shown.length).toBe(1);
    expect(notes.shown[0]).toMatchObject({ title: 'Intent score reached 70', message: 'Contoso Bank: open it in TAL Scout' });
    await load('accounts-after.csv');
    await alerts.scan();
    expect(notes.shown).toHaveLength(1);

    notes.click(notes.shown[0]?.id as string);
    await expect.poll(() => openPanel.mock.calls.length).toBe(1);
    expect(focus.setValue).toHaveBeenCalledWith({ accountId: 'A002', at: expect.any(Number) });
    expect((await readAlerts(db))?.notices[0]?.read).toBe(true);
    expect(notes.cleared).toEqual([notes.shown[0]?.id]);
    alerts.stop();
  });

  it('many alerts fired at once make one notification with their count, which opens the panel; a few are shown one by one', async () => {
    const db = freshDb();
    const parsed = parsePlaybook(JSON.parse(example('playbook-alerts.json')));
    if (!parsed.ok) throw new Error('bad playbook');
    await savePlaybookVersion(db, parsed.playbook, 'file', NOW);
    await importAccounts(db, [example('accounts.csv')], { fileName: 'accounts.csv', mode: 'replace', now: () => NOW });
    const notes = fakeNotifications();
    const focus = { setValue: vi.fn(async () => undefined) };
    const openPanel = vi.fn(async () => undefined);
    const alerts = setupAlerts({ db, notifications: notes.api, focus: focus as never, openPanel, clock: () => NOW, settleMs: 0 });
    await expect.poll(async () => (await readAlerts(db))?.known).toEqual(['intent-spike', 'engaged', 'opportunity']);

    // Forty new accounts on the TAL with a high intent score: forty alerts in one scan.
    const rows = Array.from({ length: 40 }, (_, i) => `N${i},Newco ${i},newco-${i}.com,90,true,rep-ka-1,ka`);
    await importAccounts(db, [`id,name,domain,intentScore,onTal,ownerId,team\n${rows.join('\n')}\n`], {
      fileName: 'new.csv',
      mode: 'merge',
      now: () => NOW,
    });
    await expect.poll(() => notes.shown.length).toBe(1);
    expect(notes.shown[0]).toMatchObject({
      title: '40 alerts for your accounts',
      message: 'Intent score reached 70: open TAL Scout to see them',
    });
    await alerts.scan();
    expect(notes.shown).toHaveLength(1);
    expect((await readAlerts(db))?.notices).toHaveLength(40);

    notes.click(notes.shown[0]?.id as string);
    await expect.poll(() => openPanel.mock.calls.length).toBe(1);
    expect(notes.cleared).toEqual([notes.shown[0]?.id]);
    // The panel lists them, unread until read there; no one account is picked for it.
    expect(focus.setValue).not.toHaveBeenCalled();
    expect((await readAlerts(db))?.notices.every((notice) => !notice.read)).toBe(true);

    // A later sync that raises two: one notification each.
    const two = ['N0,Newco 0,newco-0.com,90,true,rep-ka-1,ka,12', 'N1,Newco 1,newco-1.com,90,true,rep-ka-1,ka,12'];
    await importAccounts(db, [`id,name,domain,intentScore,onTal,ownerId,team,pageViews90d\n${two.join('\n')}\n`], {
      fileName: 'views.csv',
      mode: 'merge',
      now: () => NOW,
    });
    await expect.poll(() => notes.shown.length).toBe(3);
    expect(notes.shown.slice(1).map((shown) => shown.message)).toEqual(['Newco 0: open it in TAL Scout', 'Newco 1: open it in TAL Scout']);
    alerts.stop();
  });
});

describe('whom an alert is for', () => {
  it('is everyone in solo mode; the owner by id or name in a team; a team’s manager for an account without owner', () => {
    expect(alertAudience(null)({ ownerId: 'x', team: 'ka' })).toBe(true);
    const rita = alertAudience({ id: 'u-1', name: 'Rita Rep', role: 'rep', team: 'ka' });
    expect(rita({ ownerId: 'u-1', team: 'ka' })).toBe(true);
    expect(rita({ ownerId: ' rita rep ', team: 'mm' })).toBe(true);
    expect(rita({ ownerId: 'Dana Fox', team: 'ka' })).toBe(false);
    expect(rita({ ownerId: null, team: 'ka' })).toBe(false);
    const lena = alertAudience({ id: 'u-2', name: 'Lena', role: 'manager', team: 'ka' });
    expect(lena({ ownerId: null, team: 'ka' })).toBe(true);
    expect(lena({ ownerId: null, team: 'mm' })).toBe(false);
  });
});
