import type { OutboxItem, OutboxStorage } from '../schema/outbox-item';
import { type ProposalRequest, ProposalRequestSchema } from '../tal/new-proposal';
import { backoffDelay } from './backoff';
import type { TalClient } from './client';
import { isRetryable, TalApiError } from './errors';

/** A proposal the server answers with a fault this many times in a row is failed, not retried for ever. */
export const MAX_SERVER_FAULTS = 3;

/** Puts a proposal in the outbox, with its idempotency key made now, once. */
export async function enqueueProposal(
  storage: OutboxStorage,
  request: ProposalRequest,
  deps: { now: Date; newKey?: () => string },
): Promise<OutboxItem> {
  const item: OutboxItem = {
    idempotencyKey: (deps.newKey ?? (() => globalThis.crypto.randomUUID()))(),
    request: ProposalRequestSchema.parse(request),
    createdAt: deps.now.toISOString(),
    state: 'queued',
    attempts: 0,
    nextAttemptAt: deps.now.toISOString(),
  };
  await storage.put(item);
  return item;
}

export interface FlushDeps {
  client: Pick<TalClient, 'createProposal'>;
  storage: OutboxStorage;
  clock: () => Date;
  /** In [0, 1), for the jitter of the backoff. */
  random: () => number;
}

/** What one flush did. */
export interface FlushReport {
  delivered: OutboxItem[];
  /** Refused by the server, or failed by its repeated faults. */
  refused: OutboxItem[];
  /** Items still queued, and when the earliest of them is due (undefined when none is left). */
  waiting: number;
  nextAttemptAt: string | undefined;
}

/**
 * Sends the queued proposals that are due, oldest first. A delivered one keeps the server's
 * proposal; a refused one keeps the server's reason, for the rep to see. When the server cannot be
 * reached, or says it is overloaded or unavailable, the item waits with backoff and jitter and the
 * flush stops (the server is away). When the server answers this one item with a fault (500), the
 * item waits with backoff and the others go on; after MAX_SERVER_FAULTS such answers it is `failed`,
 * with the server's words, until the rep retries or discards it.
 */
export async function flushOutbox({ client, storage, clock, random }: FlushDeps): Promise<FlushReport> {
  const report: FlushReport = { delivered: [], refused: [], waiting: 0, nextAttemptAt: undefined };
  const due = (await storage.all())
    .filter((item) => item.state === 'queued' && Date.parse(item.nextAttemptAt) <= clock().getTime())
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  for (const item of due) {
    const attempts = item.attempts + 1;
    try {
      const proposal = await client.createProposal(item.request, item.idempotencyKey);
      const delivered: OutboxItem = withoutLastError({ ...item, state: 'delivered', attempts, proposal });
      await storage.put(delivered);
      report.delivered.push(delivered);
    } catch (error) {
      if (error instanceof TalApiError && !isRetryable(error)) {
        const refused: OutboxItem = withoutLastError({ ...item, state: 'refused', attempts, refusal: error.body });
        await storage.put(refused);
        report.refused.push(refused);
        continue;
      }
      // Anything else that is not a network or server fault is a bug, and is not hidden.
      if (!isRetryable(error)) throw error;
      const lastError = error instanceof TalApiError ? error.body.message : error instanceof Error ? error.message : String(error);
      if (itemFault(error)) {
        const faults = (item.faults ?? 0) + 1;
        if (faults >= MAX_SERVER_FAULTS) {
          const failed: OutboxItem = { ...item, state: 'failed', attempts, faults, lastError };
          await storage.put(failed);
          report.refused.push(failed);
        } else {
          const nextAttemptAt = new Date(clock().getTime() + backoffDelay(faults, random)).toISOString();
          await storage.put({ ...item, attempts, faults, nextAttemptAt, lastError });
        }
        continue;
      }
      const nextAttemptAt = new Date(clock().getTime() + backoffDelay(attempts, random)).toISOString();
      await storage.put({ ...item, attempts, nextAttemptAt, lastError });
      break;
    }
  }
  const queued = (await storage.all()).filter((item) => item.state === 'queued');
  report.waiting = queued.length;
  report.nextAttemptAt = queued.map((item) => item.nextAttemptAt).sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return report;
}

/** A fault the server reports about this request (500), rather than being away, overloaded or unavailable. */
function itemFault(error: unknown): boolean {
  return error instanceof TalApiError && error.status === 500;
}

/** Sends a refused or failed proposal again, as new (its idempotency key kept: it is still made at most once). */
export async function retryOutboxItem(storage: OutboxStorage, item: OutboxItem, now: Date): Promise<OutboxItem> {
  const { refusal: _r, lastError: _l, faults: _f, ...rest } = item;
  const queued: OutboxItem = { ...rest, state: 'queued', attempts: 0, nextAttemptAt: now.toISOString() };
  await storage.put(queued);
  return queued;
}

function withoutLastError(item: OutboxItem): OutboxItem {
  const copy = { ...item };
  delete copy.lastError;
  return copy;
}
