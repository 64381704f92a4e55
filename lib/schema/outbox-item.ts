import { z } from 'zod';
import { ProposalRequestSchema, ProposalSchema } from './proposal';
import { ApiErrorSchema } from './sync-contract';

/**
 * `refused`: the server said no (a 4xx: quota spent, duplicate…); `failed`: the server answered with a
 * fault each of MAX_SERVER_FAULTS times. Both keep the server's words until the rep retries or discards.
 */
export const OUTBOX_STATES = ['queued', 'delivered', 'refused', 'failed'] as const;

/**
 * A proposal made on this device, waiting for (or done with) the server. Its idempotency key is
 * made once, when the rep proposes, and names the item: every retry sends the same key, so the
 * server makes the proposal exactly once however often the network fails.
 */
export const OutboxItemSchema = z.object({
  idempotencyKey: z.string().min(1),
  request: ProposalRequestSchema,
  createdAt: z.iso.datetime({ offset: true }),
  state: z.enum(OUTBOX_STATES),
  attempts: z.number().int().nonnegative(),
  /** Faults (500) the server answered this item with, in a row. */
  faults: z.number().int().nonnegative().optional(),
  nextAttemptAt: z.iso.datetime({ offset: true }),
  /** Why the last attempt did not get through (offline, server error), for the rep to see. */
  lastError: z.string().optional(),
  /** The proposal as the server made it, once delivered. */
  proposal: ProposalSchema.optional(),
  /** Why the server refused it (quota spent, duplicate, unknown account), once refused. */
  refusal: ApiErrorSchema.optional(),
});

export type OutboxItem = z.infer<typeof OutboxItemSchema>;

/** Where outbox items live; the extension backs it with Dexie, tests with a Map. */
export interface OutboxStorage {
  /** Every item, in any order. */
  all(): Promise<OutboxItem[]>;
  /** Inserts or replaces the item with this idempotency key. */
  put(item: OutboxItem): Promise<void>;
}
