import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

/** What all workers of one load run share: where to send, until when, and what they saw. */
export interface LoadRun {
  /** The servers' base URLs: requests take them in turn (as a round-robin balancer would), so a replay reaches another process. */
  urls: readonly string[];
  /** Requests sent so far, which picks the next URL. */
  sent: number;
  deadline: number;
  /** False while warming up: requests are sent and checked, but neither timed nor counted. */
  measuring: boolean;
  nextAccount: () => string;
  random: () => number;
  proposalLatencies: number[];
  readLatencies: number[];
  /** Proposals made (answered 201 the first time) while measuring. */
  made: number;
  /** Idempotency key → id of the proposal the server answered 201 with, warm-up included. */
  created: Map<string, string>;
  refused: Map<string, number>;
  failures: string[];
  replays: { checked: number; mismatched: number };
}

/** A run with nothing seen yet. */
export function newLoadRun(setup: Pick<LoadRun, 'urls' | 'deadline' | 'measuring' | 'nextAccount' | 'random'>): LoadRun {
  return {
    ...setup,
    sent: 0,
    proposalLatencies: [],
    readLatencies: [],
    made: 0,
    created: new Map(),
    refused: new Map(),
    failures: [],
    replays: { checked: 0, mismatched: 0 },
  };
}

/** Requests in flight at most, so an overloaded server makes the run slower, not unbounded. */
const MAX_IN_FLIGHT = 256;
/** A manager's pause between rounds, as a person clicking through a queue would make. */
const MANAGER_PAUSE_MS = 50;

/**
 * Keep-alive connections for the clients. node:http rather than fetch: fetch's web streams cost the
 * client thread about twice the CPU per request, which on this 2-core machine the servers then lack.
 */
const agent = new Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT });

/** What a request sends besides its URL and token. */
type SendInit = { method?: string; body?: string; headers?: Record<string, string> };

interface Answer {
  status: number;
  body: Record<string, unknown>;
  header: (name: string) => string | undefined;
}

function send(url: string, token: string, init: SendInit): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        agent,
        method: init.method ?? 'GET',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
            resolve({ status: res.statusCode ?? 0, body, header: (name) => [res.headers[name]].flat()[0] });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

async function timed(run: LoadRun, latencies: number[], path: string, token: string, init: SendInit = {}) {
  const measuring = run.measuring;
  const started = performance.now();
  const url = run.urls[run.sent++ % run.urls.length] as string;
  const answer = await send(`${url}${path}`, token, init);
  if (measuring) latencies.push(performance.now() - started);
  return { ...answer, measuring };
}

/** One add by one rep; one in ten is sent again with the same key, as after a lost answer. */
export async function proposeOnce(run: LoadRun, token: string): Promise<void> {
  const key = randomUUID();
  const body = JSON.stringify({ type: 'add', accountId: run.nextAccount(), reason: 'load test' });
  const init = { method: 'POST', body, headers: { 'idempotency-key': key } };
  const answer = await timed(run, run.proposalLatencies, '/api/proposals', token, init);
  if (answer.status === 201) {
    run.created.set(key, String(answer.body.id));
    if (answer.measuring) run.made += 1;
    if (run.random() < 0.1) {
      const replay = await timed(run, run.proposalLatencies, '/api/proposals', token, init);
      run.replays.checked += 1;
      if (replay.status !== 201 || replay.body.id !== answer.body.id || replay.header('idempotent-replayed') !== 'true')
        run.replays.mismatched += 1;
    }
  } else if (answer.status === 409) {
    const code = String(answer.body.error);
    run.refused.set(code, (run.refused.get(code) ?? 0) + 1);
  } else {
    run.failures.push(`${answer.status} ${JSON.stringify(answer.body)}`);
  }
}

/**
 * Reps proposing at a steady total rate (open loop: a slow answer does not slow the offered load),
 * taking turns, until `until`; at most MAX_IN_FLIGHT requests wait at once.
 */
export async function proposeAtRate(run: LoadRun, tokens: readonly string[], perSecond: number, until: number): Promise<void> {
  const started = performance.now();
  const inFlight = new Set<Promise<void>>();
  for (let n = 0; ; n += 1) {
    const due = started + (n * 1000) / perSecond;
    if (due >= until) break;
    if (due > performance.now()) await sleep(due - performance.now());
    if (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
    const sending = proposeOnce(run, tokens[n % tokens.length] as string).catch((error: unknown) => {
      run.failures.push(String(error));
    });
    inFlight.add(sending);
    void sending.finally(() => inFlight.delete(sending));
  }
  await Promise.all(inFlight);
}

/** A rep proposing back to back (closed loop), to find the ceiling with `--rate max`. */
export async function proposeFlatOut(run: LoadRun, token: string, until: number): Promise<void> {
  while (performance.now() < until) await proposeOnce(run, token);
}

/**
 * A manager reading the review queue and the team's quota, as the options page polls them, with a
 * pause between rounds. Decisions are not part of the load: they are rare next to proposals.
 */
export async function managerWorker(run: LoadRun, token: string, until: number): Promise<void> {
  while (performance.now() < until) {
    const queue = await timed(run, run.readLatencies, '/api/proposals?status=pending&limit=20', token);
    if (queue.status !== 200) run.failures.push(`queue ${queue.status}`);
    const quota = await timed(run, run.readLatencies, '/api/quota', token);
    if (quota.status !== 200) run.failures.push(`quota ${quota.status}`);
    await sleep(MANAGER_PAUSE_MS);
  }
}
