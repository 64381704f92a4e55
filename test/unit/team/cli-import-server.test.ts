import { describe, expect, it } from 'vitest';
import { run } from '@/cli/commands/import';
import type { CommandIo } from '@/cli/io';
import { InputError } from '@/cli/io';
import { ADMIN_TOKEN } from '@/server/testing/harness';
import { runTal } from '../cli/run-tal';
import { SERVER_URL, type TeamServerFixture, withTeamServer } from './team-server';

const CSV =
  'Account ID,Account Name,Website,Employees\nA1,Fabrikam Software Inc,fabrikam.io,"1,800"\nA9,New Co,newco.com,lots\n,No id,x.com,3\n';

let team: TeamServerFixture;
withTeamServer((fresh) => {
  team = fresh;
});

function io(env: Record<string, string> = {}) {
  let stdout = '';
  const value: CommandIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => undefined,
    readFile: async () => CSV,
    env,
  };
  return { io: value, out: () => JSON.parse(stdout) };
}

describe('tal import --server', () => {
  it('uploads the file’s valid rows to the team server (admin), with the report of the rows left out', async () => {
    const { io: console, out } = io();
    await run(['--accounts', 'export.csv', '--server', SERVER_URL, '--token', ADMIN_TOKEN], console, { fetch: team.fetch });
    expect(out()).toMatchObject({ rows: 3, valid: 2, uploaded: { accounts: 2, created: 1, updated: 1, unchanged: 0, batches: 1 } });
    expect(out().errors).toHaveLength(1);
    const listed = (await team.h.admin.get('/api/accounts')).body as { accounts: { id: string; name: string; employees?: number }[] };
    expect(listed.accounts.find((a) => a.id === 'A1')).toMatchObject({ name: 'Fabrikam Software Inc', employees: 1800 });
    expect(listed.accounts.map((a) => a.id)).toContain('A9');
  });

  it('takes the token from TAL_TOKEN, so it need not be typed on the command line', async () => {
    const { io: console, out } = io({ TAL_TOKEN: ADMIN_TOKEN });
    await run(['--accounts', 'export.csv', '--server', SERVER_URL], console, { fetch: team.fetch });
    expect(out().uploaded).toMatchObject({ accounts: 2 });
  });

  it('says in words when the token is refused, the member is no admin, or the server is down; nothing is stored', async () => {
    const rep = await team.connect('rep');
    const attempt = (token: string) =>
      run(['--accounts', 'export.csv', '--server', SERVER_URL, '--token', token], io().io, { fetch: team.fetch });
    await expect(attempt('wrong')).rejects.toThrow(
      new InputError(`${SERVER_URL}: the accounts were not uploaded (401 unauthorized): the server did not accept the token`),
    );
    await expect(attempt(rep.token)).rejects.toThrow(/only an admin uploads accounts/);
    team.setUp(false);
    await expect(attempt(ADMIN_TOKEN)).rejects.toThrow(/cannot reach the team server/);
    team.setUp(true);
    expect(((await team.h.admin.get('/api/accounts')).body as { accounts: unknown[] }).accounts).toHaveLength(3);
  });

  it('is a usage error without a token', async () => {
    const { code, stderr } = await runTal(['import', '--accounts', 'export.csv', '--server', SERVER_URL], { 'export.csv': CSV });
    expect(code).toBe(2);
    expect(stderr).toContain('--server needs the admin token');
  });
});
