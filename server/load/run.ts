/**
 * `npm run load [-- --seconds 20 --warmup 5 --rate 200 --reps 32 --managers 4]`: drives the team server on 127.0.0.1 with
 * embedded PostgreSQL (PGlite in a temp folder) for a bounded time, with reps proposing and managers
 * reading and deciding (proposals offered at `--rate` per second, or back to back with `--rate max`); reports proposals/s, reads/s, p50/p99, checks that no proposal was lost or
 * duplicated and no quota exceeded, and prints a JSON summary as its last line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { openPglite } from '../db/pglite';
import { newToken } from '../http/tokens';
import { jsonLogger } from '../logger';
import { startServer } from '../start';
import type { ClientPlan, ClientResults } from './client-thread';
import { loadReport } from './report';
import { LOAD_PLAYBOOK, LOAD_TEAMS, loadAccounts } from './scenario';
import { verify } from './verify';

function count(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
}

async function admin(url: string, token: string, method: string, path: string, body: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as { token: string };
}

/** Runs the clients in a worker thread; tsx is registered there too, since workers do not inherit it. */
function runClients(plan: ClientPlan): Promise<ClientResults> {
  const entry = new URL('./client-thread.ts', import.meta.url).href;
  const worker = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`, {
    eval: true,
    workerData: plan,
  });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { ok: true; results: ClientResults } | { ok: false; error: string }) => {
      void worker.terminate();
      if (message.ok) resolve(message.results);
      else reject(new Error(`load clients failed: ${message.error}`));
    });
  });
}

async function main() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '5' },
      rate: { type: 'string', default: '200' },
      reps: { type: 'string', default: '32' },
      managers: { type: 'string', default: '4' },
    },
  });
  const rate = values.rate === 'max' ? 'max' : count(values.rate, 'rate', 1, 2000);
  const seconds = count(values.seconds, 'seconds', 1, 300);
  const warmup = count(values.warmup, 'warmup', 0, 60);
  const repCount = count(values.reps, 'reps', 1, 200);
  const managerCount = count(values.managers, 'managers', 0, 50);

  const dir = await mkdtemp(join(tmpdir(), 'tal-load-'));
  const db = await openPglite(dir);
  const adminToken = newToken();
  const server = await startServer({
    db,
    host: '127.0.0.1',
    port: 0,
    logger: jsonLogger((line) => process.stderr.write(line)),
    adminToken,
  });
  try {
    const accounts = loadAccounts(Math.max(20_000, seconds * 1_500));
    await admin(server.url, adminToken, 'PUT', '/api/playbook', LOAD_PLAYBOOK);
    await admin(server.url, adminToken, 'PUT', '/api/accounts', accounts);
    // One rep in eight works in the small-quota team, whose quota must hold exactly.
    const teamOf = (i: number, big: readonly string[]) => (i % 8 === 7 ? 'small' : (big[i % big.length] as string));
    const bigTeams = LOAD_TEAMS.filter((t) => t.id !== 'small').map((t) => t.id);
    const reps = await Promise.all(
      Array.from({ length: repCount }, (_, i) =>
        admin(server.url, adminToken, 'POST', '/api/members', { name: `Rep ${i}`, role: 'rep', team: teamOf(i, bigTeams) }),
      ),
    );
    const managers = await Promise.all(
      Array.from({ length: managerCount }, (_, i) =>
        admin(server.url, adminToken, 'POST', '/api/members', {
          name: `Manager ${i}`,
          role: 'manager',
          team: bigTeams[i % bigTeams.length],
        }),
      ),
    );

    process.stdout.write(
      `load: ${repCount} reps (${rate === 'max' ? 'back to back' : `${rate} proposals/s offered`}) and ${managerCount} managers for ${seconds} s after ${warmup} s of warm-up against ${server.url} (PGlite in ${dir})\n`,
    );
    const run = await runClients({
      url: server.url,
      warmupMs: warmup * 1000,
      durationMs: seconds * 1000,
      accountIds: accounts.map((a) => a.id),
      repTokens: reps.map((r) => r.token),
      managerTokens: managers.map((m) => m.token),
      rate,
    });
    const checked = await verify(db, run, LOAD_TEAMS);
    const { ok, lines } = loadReport(run, checked, { rate, reps: repCount, managers: managerCount });
    process.stdout.write(`${lines.join('\n')}\n`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await server.close();
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`load: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
