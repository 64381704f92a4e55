import { describe, expect, it, vi } from 'vitest';
import { getActivePlaybook, listProposals, savePlaybookVersion } from '@/lib/db';
import { createMemoryAccountCache } from '@/lib/db/memory-account-cache';
import { createTranslator } from '@/lib/i18n';
import { savePlaybookFor } from '@/lib/services/save-playbook';
import { chooseActor, createModeTalService } from '@/lib/services/tal/choose-tal-service';
import { SOLO_ACTOR_ID } from '@/lib/services/tal/solo-actor';
import { refuseNewAccountsInTeamMode } from '@/lib/services/tal/team-new-account';
import { type TeamServer, teamServerItem } from '@/lib/settings/team';
import { checkConnection } from '@/lib/sync/check-connection';
import { examplePlaybook } from '../options/fixtures';
import { freshExtensionDb, SERVER_URL, TEAM_ACCOUNTS, type TeamServerFixture, withTeamServer } from './team-server';

const evidence = { verdict: 'fit' as const, score: 1, coverage: 1, segments: [] };
const now = () => new Date('2026-11-23T09:00:00.000Z');
const translate = async () => createTranslator('en');
let team: TeamServerFixture;
withTeamServer((fresh) => {
  team = fresh;
});

describe('checking a connection against the real server', () => {
  it('names the member of a good token, and tells a refused token, an unreachable server and a foreign one apart', async () => {
    const rep = await team.connect('rep', 'ka', 'Rita');
    expect(await checkConnection(` ${SERVER_URL}/ `, rep.token, team.fetch)).toEqual({ ok: true, url: SERVER_URL, member: rep.member });
    expect(await checkConnection(SERVER_URL, 'wrong', team.fetch)).toMatchObject({ ok: false, problem: 'unauthorized' });
    expect(await checkConnection('ftp://tal.example', rep.token, team.fetch)).toMatchObject({ ok: false, problem: 'invalid-url' });
    team.setUp(false);
    expect(await checkConnection(SERVER_URL, rep.token, team.fetch)).toMatchObject({ ok: false, problem: 'unreachable' });
    const other = async () => new Response(JSON.stringify({ hello: 'world' }), { status: 200 });
    expect(await checkConnection(SERVER_URL, rep.token, other)).toMatchObject({ ok: false, problem: 'not-tal-server' });
  });

  it('sends the token only in the Authorization header, never in the URL', async () => {
    const rep = await team.connect('rep');
    const seen: { url: string; auth: string | null }[] = [];
    await checkConnection(SERVER_URL, rep.token, async (url, init) => {
      seen.push({ url, auth: new Headers(init.headers).get('authorization') });
      return team.fetch(url, init);
    });
    expect(seen).toEqual([{ url: `${SERVER_URL}/api/me`, auth: `Bearer ${rep.token}` }]);
  });
});

describe('the mode choice', () => {
  it('switches between the solo and the remote service as the setting changes, without a new service', async () => {
    const db = freshExtensionDb();
    await savePlaybookVersion(db, examplePlaybook(), 'demo', now());
    const askSync = vi.fn(async () => undefined);
    const service = createModeTalService({ db, accounts: createMemoryAccountCache(TEAM_ACCOUNTS), askSync, fetch: team.fetch, now });
    expect(await service.me()).toMatchObject({ id: SOLO_ACTOR_ID, role: 'manager' });
    expect(await service.propose({ type: 'add', accountId: 'A1', reason: 'Solo' }, evidence)).toMatchObject({ ok: true, queued: false });
    expect(askSync).not.toHaveBeenCalled();

    const rep = await team.connect('rep');
    await teamServerItem.setValue(rep);
    expect(await service.me()).toEqual({ id: rep.member.id, name: rep.member.name, role: 'rep', team: 'ka' });
    expect(await service.propose({ type: 'add', accountId: 'A2', reason: 'Team' }, evidence)).toMatchObject({ ok: true, queued: true });
    expect(askSync).toHaveBeenCalledTimes(1);
    expect((await listProposals(db)).map((p) => p.proposerId).sort()).toEqual([SOLO_ACTOR_ID, rep.member.id].sort());

    await teamServerItem.setValue(null);
    expect(await service.me()).toMatchObject({ id: SOLO_ACTOR_ID });
  });

  it('takes the actor from the server in team mode, from the playbook in solo mode', async () => {
    const lead = await team.connect('manager');
    expect(chooseActor(lead, examplePlaybook())).toMatchObject({ role: 'manager', id: lead.member.id });
    expect(chooseActor(null, examplePlaybook())).toMatchObject({ id: SOLO_ACTOR_ID, team: 'ka' });
    const admin: TeamServer = await team.connect('admin');
    expect(chooseActor(admin, undefined)).toMatchObject({ role: 'admin', team: '' });
  });

  it('refuses a rep-entered account in team mode, in words, and adds it in solo mode', async () => {
    const addAccount = vi.fn(async (draft: { name: string }) => ({ id: 'new-1', ...draft }));
    let server: TeamServer | null = await team.connect('rep');
    const writes = refuseNewAccountsInTeamMode({ addAccount }, { readServer: async () => server, translate });
    await expect(writes.addAccount({ name: 'Typed in' })).rejects.toThrow(
      'In team mode, new accounts are added by your team’s admin on the team server.',
    );
    expect(addAccount).not.toHaveBeenCalled();
    server = null;
    expect(await writes.addAccount({ name: 'Typed in' })).toEqual({ id: 'new-1', name: 'Typed in' });
  });

  it('saves a manager’s playbook on the server first, so it reaches everyone; offline nothing is saved', async () => {
    const db = freshExtensionDb();
    const lead = await team.connect('manager');
    // The team's TAL section as the server has it: a manager reshapes the rest, and their own team's quota.
    const tal = { period: 'quarter' as const, teams: [{ id: 'ka', name: 'Key accounts', addQuota: 3, scope: 'team' as const }] };
    const edited = { ...examplePlaybook(), name: 'Edited by the lead', tal };
    await savePlaybookFor(lead, edited, { db, fetch: team.fetch, translate, now });
    expect((await team.h.admin.get('/api/playbook')).body).toMatchObject({ name: 'Edited by the lead' });
    expect(await getActivePlaybook(db)).toMatchObject({ source: 'editor', playbook: { name: 'Edited by the lead' } });

    // The period is the admin's: refused in the server's words, and nothing is saved here either.
    await expect(
      savePlaybookFor(lead, { ...edited, name: 'Monthly?', tal: { ...tal, period: 'month' } }, { db, fetch: team.fetch, translate, now }),
    ).rejects.toThrow('only an admin changes tal.period');
    expect((await getActivePlaybook(db))?.playbook.name).toBe('Edited by the lead');

    team.setUp(false);
    await expect(savePlaybookFor(lead, { ...edited, name: 'Lost?' }, { db, fetch: team.fetch, translate, now })).rejects.toThrow(
      'The team server cannot be reached, so the playbook was not saved.',
    );
    expect((await getActivePlaybook(db))?.playbook.name).toBe('Edited by the lead');
  });
});
