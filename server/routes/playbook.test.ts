import { describe, expect, it } from 'vitest';
import { TEST_DB_KINDS } from '../testing/databases';
import { minimalPlaybook } from '../testing/harness';
import { useHarness } from '../testing/suite';

const teams = [
  { id: 'emea', name: 'EMEA', addQuota: 5 },
  { id: 'apac', name: 'APAC', addQuota: 5 },
];

describe.each(TEST_DB_KINDS)('/api/playbook on %s', (kind) => {
  const h = useHarness(kind);

  it('answers 404 before the first playbook, then gives back the document as it was put', async () => {
    expect((await h().admin.get('/api/playbook')).body).toMatchObject({ error: 'no-playbook' });
    const document = minimalPlaybook(teams);
    expect((await h().admin.send('PUT', '/api/playbook', document)).body).toEqual({ ok: true, version: 1 });
    const rita = await h().member('rep', 'emea');
    const answer = await rita.call.get('/api/playbook');
    expect(answer.body).toEqual(document);
    expect(answer.headers.get('x-playbook-version')).toBe('1');
  });

  it('says which version is in force, since when and by whom, to any member', async () => {
    expect((await h().admin.get('/api/playbook/current')).status).toBe(404);
    await h().admin.send('PUT', '/api/playbook', minimalPlaybook(teams));
    const mona = await h().member('manager', 'emea', 'Mona Lisa');
    h().clock.set('2026-11-25T14:30:00.000Z');
    const second = { ...minimalPlaybook(teams), name: 'Second' };
    await mona.call.send('PUT', '/api/playbook', second);
    const rita = await h().member('rep', 'emea');
    const answer = await rita.call.get('/api/playbook/current');
    expect(answer.body).toEqual({
      version: 2,
      savedAt: '2026-11-25T14:30:00.000Z',
      savedBy: { id: mona.member.id, name: 'Mona Lisa', role: 'manager' },
      playbook: second,
    });
    expect(answer.headers.get('x-playbook-version')).toBe('2');
    expect((await h().as(undefined).get('/api/playbook/current')).status).toBe(401);
  });

  it('keeps every version', async () => {
    await h().admin.send('PUT', '/api/playbook', minimalPlaybook(teams));
    await h().admin.send('PUT', '/api/playbook', { ...minimalPlaybook(teams), name: 'Second' });
    expect((await h().admin.get('/api/playbook')).body).toMatchObject({ name: 'Second' });
    expect(await h().db.query('SELECT version FROM playbooks ORDER BY version')).toEqual([{ version: 1 }, { version: 2 }]);
  });

  it('refuses an invalid playbook with every error by JSON path', async () => {
    const bad = { ...minimalPlaybook([...teams, { id: 'emea', name: 'Again', addQuota: -1 }]), extra: true };
    const answer = await h().admin.send('PUT', '/api/playbook', bad);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: 'invalid-playbook' });
    const errors = (answer.body as { errors: string[] }).errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/extra/),
        expect.stringMatching(/^tal\.teams\[2\]\.addQuota/),
        expect.stringMatching(/^tal\.teams\[2\]\.id: duplicate/),
      ]),
    );
    expect(await h().db.query('SELECT version FROM playbooks')).toHaveLength(0);
  });

  it('lets a manager change the playbook and their own team, but not another team; a rep not at all', async () => {
    await h().admin.send('PUT', '/api/playbook', minimalPlaybook(teams));
    const mona = await h().member('manager', 'emea');
    const rita = await h().member('rep', 'emea');
    expect((await rita.call.send('PUT', '/api/playbook', minimalPlaybook(teams))).status).toBe(403);
    const ownTeam = [{ ...teams[0]!, addQuota: 9 }, teams[1]!];
    expect((await mona.call.send('PUT', '/api/playbook', minimalPlaybook(ownTeam))).status).toBe(200);
    const otherTeam = [teams[0]!, { ...teams[1]!, addQuota: 99 }];
    expect(await mona.call.send('PUT', '/api/playbook', minimalPlaybook(otherTeam))).toMatchObject({
      status: 403,
      body: { error: 'forbidden' },
    });
    expect((await mona.call.send('PUT', '/api/playbook', minimalPlaybook([teams[0]!]))).status).toBe(403);
    expect(await h().db.query('SELECT version FROM playbooks')).toHaveLength(2);
  });
});
