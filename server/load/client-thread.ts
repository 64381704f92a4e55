/**
 * The load's clients, run in a worker thread so that the server's thread does server work only
 * (the machine has two cores). Receives where to send and for how long; posts back what it saw.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type LoadRun, managerWorker, newLoadRun, proposeAtRate, proposeFlatOut } from './workers';

/** What the main thread hands the client thread. */
export interface ClientPlan {
  /** The servers, taken in turn. */
  urls: string[];
  /** Seconds of load at half the rate before measuring, so JIT and WebAssembly tier-up are done. */
  warmupMs: number;
  durationMs: number;
  accountIds: string[];
  repTokens: string[];
  managerTokens: string[];
  /** Proposals offered per second, or `max` for every rep proposing back to back. */
  rate: number | 'max';
}

/** What the client thread sends back: the run without its functions, and how long it measured. */
export type ClientResults = Omit<LoadRun, 'nextAccount' | 'random' | 'deadline' | 'measuring' | 'urls' | 'sent'> & { elapsedMs: number };

async function phase(run: LoadRun, plan: ClientPlan, rate: number | 'max', until: number) {
  const reps =
    rate === 'max' ? plan.repTokens.map((t) => proposeFlatOut(run, t, until)) : [proposeAtRate(run, plan.repTokens, rate, until)];
  await Promise.all([...reps, ...plan.managerTokens.map((t) => managerWorker(run, t, until))]);
}

async function drive(plan: ClientPlan): Promise<ClientResults> {
  let next = 0;
  const run = newLoadRun({
    urls: plan.urls,
    deadline: performance.now() + plan.warmupMs,
    measuring: false,
    nextAccount: () => plan.accountIds[next++ % plan.accountIds.length] ?? 'none',
    random: Math.random,
  });
  await phase(run, plan, plan.rate === 'max' ? 'max' : Math.max(1, Math.round(plan.rate / 2)), run.deadline);
  run.measuring = true;
  const started = performance.now();
  run.deadline = started + plan.durationMs;
  await phase(run, plan, plan.rate, run.deadline);
  const { nextAccount: _n, random: _r, deadline: _d, measuring: _m, urls: _u, sent: _s, ...results } = run;
  return { ...results, elapsedMs: performance.now() - started };
}

drive(workerData as ClientPlan).then(
  (results) => parentPort?.postMessage({ ok: true, results }),
  (error: unknown) =>
    parentPort?.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
