import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandIo } from '../cli/io';
import { main } from '../cli/tal';
import { type ChildServer, killHard, spawnServer } from './testing/child-server';

function io(env: Record<string, string | undefined> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CommandIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: () => Promise.reject(new Error('no files here')),
    env,
  };
  return { value, out, err };
}

describe('tal serve on the command line', () => {
  it('exits 2 with the usage for a bad port or an unknown option', async () => {
    for (const args of [['--port', 'http'], ['--port', '70000'], ['--verbose']]) {
      const { value, err } = io();
      expect(await main(['serve', ...args], value)).toBe(2);
      expect(err.join('')).toMatch(/usage: tal serve/);
    }
  });

  it('exits 1 naming DATABASE_URL when the PostgreSQL server cannot be reached', async () => {
    const { value, err, out } = io({ DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
    expect(await main(['serve', '--port', '0'], value)).toBe(1);
    expect(err.join('')).toMatch(/cannot open the PostgreSQL server named by DATABASE_URL/);
    expect(out).toEqual([]);
  });

  it('refuses a TAL_ADMIN_TOKEN shorter than 24 characters', async () => {
    const { value, err, out } = io({ TAL_ADMIN_TOKEN: 'short-token-123' });
    expect(await main(['serve', '--port', '0'], value)).toBe(1);
    expect(err.join('')).toContain('TAL_ADMIN_TOKEN is 15 characters; it must be at least 24');
    expect(out).toEqual([]);
  });

  it('refuses a TAL_DB_POOL that is not a number of connections', async () => {
    for (const pool of ['0', 'ten', '5000']) {
      const { value, err, out } = io({ TAL_DB_POOL: pool });
      expect(await main(['serve', '--port', '0'], value)).toBe(1);
      expect(err.join('')).toContain(`TAL_DB_POOL must be a number of connections from 1 to 1000, not "${pool}"`);
      expect(out).toEqual([]);
    }
  });
});

describe('tal serve and its data folder', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  async function dataDir() {
    const dir = await mkdtemp(join(tmpdir(), 'tal-serve-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    return dir;
  }
  async function start(dir: string): Promise<ChildServer> {
    const server = await spawnServer(dir, { TAL_ADMIN_TOKEN: '' });
    cleanup.push(() => killHard(server.child));
    return server;
  }
  const me = async (url: string, token: string) => (await fetch(`${url}/api/me`, { headers: { authorization: `Bearer ${token}` } })).status;
  const stop = (server: ChildServer) =>
    new Promise<number | null>((resolve) => {
      server.child.once('exit', (code) => resolve(code));
      server.child.kill('SIGTERM');
    });

  it('refuses a second server on a folder in words, exit 1, while the first keeps serving', async () => {
    const dir = await dataDir();
    const first = await start(dir);
    const { value, err, out } = io();
    expect(await main(['serve', '--port', '0', '--data', dir], value)).toBe(1);
    expect(err.join('')).toContain(`the data folder ${dir} is in use by another tal serve (process ${first.child.pid}`);
    expect(out).toEqual([]);
    expect(await me(first.url, first.adminToken ?? '')).toBe(200);
    // Killed outright, it leaves its lock file behind; the next start takes the folder all the same.
    await killHard(first.child);
    const next = await start(dir);
    expect(await me(next.url, first.adminToken ?? '')).toBe(200);
  });

  it('hears SIGTERM before it prints that it listens, so a supervisor that stops it at once stops it cleanly', async () => {
    const dir = await dataDir();
    const before = { SIGTERM: new Set(process.rawListeners('SIGTERM')), SIGINT: new Set(process.rawListeners('SIGINT')) };
    const added = (signal: 'SIGTERM' | 'SIGINT') => process.rawListeners(signal).filter((l) => !before[signal].has(l)) as (() => void)[];
    const { value, out } = io({ TAL_ADMIN_TOKEN: '' });
    let heard = 0;
    // As a supervisor that stops the server the moment it reads the listening line: the signal comes inside the print.
    value.stdout = (text) => {
      out.push(text);
      const [sigterm] = added('SIGTERM');
      if (!sigterm) return;
      heard++;
      sigterm();
    };
    expect(await main(['serve', '--port', '0', '--data', dir], value)).toBe(0);
    expect(heard).toBe(1);
    expect(JSON.parse(out.join(''))).toMatchObject({ listening: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
    for (const listener of added('SIGINT')) process.removeListener('SIGINT', listener);
    // Stopped cleanly: the folder is free for the next server.
    const next = await start(dir);
    expect(await me(next.url, JSON.parse(out.join('')).adminToken)).toBe(200);
  });

  it('prints a new admin token with --new-admin-token (the old one stops working), never while a server holds the folder', async () => {
    const dir = await dataDir();
    const first = await start(dir);
    const old = first.adminToken ?? '';
    const busy = io();
    expect(await main(['serve', '--data', dir, '--new-admin-token'], busy.value)).toBe(1);
    expect(busy.err.join('')).toContain('is in use by another tal serve');
    expect(await stop(first)).toBe(0);

    const { value, out, err } = io();
    expect(await main(['serve', '--data', dir, '--new-admin-token'], value)).toBe(0);
    const printed = JSON.parse(out.join('')) as { adminToken: string };
    expect(printed).toEqual({ adminToken: expect.stringMatching(/^tal_[A-Za-z0-9_-]{43}$/) });
    expect(err.join('')).toContain('the old one no longer works');
    const again = await start(dir);
    expect(again.adminToken).toBeUndefined();
    expect(await me(again.url, printed.adminToken)).toBe(200);
    expect(await me(again.url, old)).toBe(401);
  });

  it('makes no admin token when the first start cannot listen, so the next start shows one', async () => {
    const dir = await dataDir();
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
    cleanup.push(() => new Promise((done) => taken.close(() => done())));
    const port = (taken.address() as { port: number }).port;
    const { value, err, out } = io();
    expect(await main(['serve', '--port', String(port), '--host', '127.0.0.1', '--data', dir], value)).toBe(1);
    expect(err.join('')).toContain(`cannot listen on 127.0.0.1:${port}`);
    expect(out).toEqual([]);
    const next = await start(dir);
    expect(next.adminToken).toMatch(/^tal_[A-Za-z0-9_-]{43}$/);
    expect(await me(next.url, next.adminToken ?? '')).toBe(200);
  });
});
