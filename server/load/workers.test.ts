import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOAD_PLAYBOOK, LOAD_TEAMS, loadAccounts } from './scenario';
import { type LoadTarget, pgliteTarget, admin as setUp } from './targets';
import { verify } from './verify';
import { type LoadRun, managerWorker, newLoadRun, proposeOnce } from './workers';

// The load clients against a real server on PGlite, as `npm run load` runs them: what they count
// must be what the server did, or the load figures mean nothing.
describe('load clients', () => {
  let target: LoadTarget;
  const tokens: Record<string, string> = {};

  const admin = (method: string, path: string, body: unknown) => setUp(target.urls[0] as string, target.adminToken, method, path, body);

  function newRun(replayEvery: boolean, firstAccount: number): LoadRun {
    let next = firstAccount;
    return newLoadRun({
      urls: target.urls,
      deadline: 0,
      measuring: true,
      nextAccount: () => `load-${next++}`,
      random: () => (replayEvery ? 0 : 1),
    });
  }

  beforeAll(async () => {
    target = await pgliteTarget();
    await admin('PUT', '/api/playbook', LOAD_PLAYBOOK);
    await admin('PUT', '/api/accounts', loadAccounts(100));
    tokens.north = (await admin('POST', '/api/members', { name: 'Rep N', role: 'rep', team: 'north' })).token;
    tokens.small = (await admin('POST', '/api/members', { name: 'Rep S', role: 'rep', team: 'small' })).token;
    tokens.manager = (await admin('POST', '/api/members', { name: 'Manager', role: 'manager', team: 'north' })).token;
  });
  afterAll(() => target?.close());

  it('counts what the server made, and checks each replay against the first answer', async () => {
    const run = newRun(true, 0);
    for (let i = 0; i < 5; i++) await proposeOnce(run, tokens.north as string);
    expect(run.failures).toEqual([]);
    expect(run.made).toBe(5);
    expect(run.created.size).toBe(5);
    expect(run.replays).toEqual({ checked: 5, mismatched: 0 });
    expect(run.proposalLatencies).toHaveLength(10);
    const checked = await verify(target.db, run, LOAD_TEAMS);
    expect(checked).toMatchObject({ stored: 5, lost: 0, duplicated: 0, quotaExceeded: [] });
  });

  it('counts refusals by their code, and a manager reads queue and quota', async () => {
    const run = newRun(false, 50);
    const quota = LOAD_TEAMS.find((t) => t.id === 'small')?.addQuota as number;
    for (let i = 0; i < quota + 3; i++) await proposeOnce(run, tokens.small as string);
    expect(run.made).toBe(quota);
    expect(Object.fromEntries(run.refused)).toEqual({ 'quota-exceeded': 3 });
    await managerWorker(run, tokens.manager as string, performance.now());
    expect(run.readLatencies).toHaveLength(0);
    await managerWorker(run, tokens.manager as string, performance.now() + 1);
    expect(run.readLatencies.length).toBeGreaterThanOrEqual(2);
    expect(run.failures).toEqual([]);
  });
});
