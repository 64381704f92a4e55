/**
 * The load's clients, run in a worker thread so that the server's thread does server work only
 * (the machine has two cores). Receives where to send and for how long; posts back what it saw.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type LoadRun, managerWorker, proposeAtRate, proposeFlatOut } from './workers';

/** What the main thread hands the client thread. */
export interface ClientPlan {
  url: string;
  durationMs: number;
  accountIds: string[];
  repTokens: string[];
  managerTokens: string[];
  /** Proposals offered per second, or `max` for every rep proposing back to back. */
  rate: number | 'max';
}

/** What the client thread sends back: the run without its functions. */
export type ClientResults = Omit<LoadRun, 'nextAccount' | 'random' | 'deadline'> & { elapsedMs: number };

async function drive(plan: ClientPlan): Promise<ClientResults> {
  let next = 0;
  const started = performance.now();
  const run: LoadRun = {
    url: plan.url,
    deadline: started + plan.durationMs,
    nextAccount: () => plan.accountIds[next++ % plan.accountIds.length] ?? 'none',
    random: Math.random,
    proposalLatencies: [],
    readLatencies: [],
    decisionLatencies: [],
    created: new Map(),
    refused: new Map(),
    failures: [],
    replays: { checked: 0, mismatched: 0 },
  };
  const reps = plan.rate === 'max' ? plan.repTokens.map((t) => proposeFlatOut(run, t)) : [proposeAtRate(run, plan.repTokens, plan.rate)];
  await Promise.all([...reps, ...plan.managerTokens.map((t) => managerWorker(run, t))]);
  const { nextAccount: _n, random: _r, deadline: _d, ...results } = run;
  return { ...results, elapsedMs: performance.now() - started };
}

drive(workerData as ClientPlan).then(
  (results) => parentPort?.postMessage({ ok: true, results }),
  (error: unknown) =>
    parentPort?.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
