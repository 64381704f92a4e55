import { z } from 'zod';
import { OutboxItemSchema } from '../schema/outbox-item';

// This file must not import ./rows: rows.ts registers TeamSyncRowSchema, and a cycle would leave it undefined.
const isoDateTime = z.iso.datetime({ offset: true });
const server = z.string().min(1);
const memberId = z.string().min(1);

/** The team server and member this database mirrors; null (or no row) in solo mode. */
export const TeamLinkSchema = z.object({ server, memberId, since: isoDateTime });
export type TeamLink = z.infer<typeof TeamLinkSchema>;
/** Whose outbox items and mirror these are: one member on one server. */
export type TeamOwner = Omit<TeamLink, 'since'>;

/** Which team this database mirrors now (key `current`). */
export const LinkRowSchema = z.object({ kind: z.literal('link'), key: z.literal('current'), link: TeamLinkSchema.nullable() });

/** Where the account delta sync stands: the server's cursor and the cache generation it was applied to. */
export const CursorRowSchema = z.object({
  kind: z.literal('cursor'),
  key: z.literal('accounts'),
  server,
  cursor: z.string().min(1),
  generation: z.number().int().positive(),
});

/** A proposal waiting for (or done with) the server, keyed by its idempotency key, for one member on one server. */
export const OutboxRowSchema = z.object({ kind: z.literal('outbox'), key: z.string().min(1), server, memberId, item: OutboxItemSchema });

/**
 * A solo-mode row set aside while the database mirrors a team (key `<table>/<id>`), put back on
 * disconnect. The row is checked against its table's schema when it is put back.
 */
export const ParkedRowSchema = z.object({
  kind: z.literal('parked'),
  key: z.string().min(1),
  table: z.enum(['proposals', 'talOverrides']),
  row: z.record(z.string(), z.unknown()),
});

/** One row of the `teamSync` table: the team sync's own local state, by kind. */
export const TeamSyncRowSchema = z.discriminatedUnion('kind', [LinkRowSchema, CursorRowSchema, OutboxRowSchema, ParkedRowSchema]);

export type TeamSyncRow = z.infer<typeof TeamSyncRowSchema>;
export type CursorRow = z.infer<typeof CursorRowSchema>;
export type OutboxRow = z.infer<typeof OutboxRowSchema>;
export type ParkedRow = z.infer<typeof ParkedRowSchema>;
