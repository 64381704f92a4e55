import { z } from 'zod';
import { RowIssueSchema } from '../../import/report';

// Apart from the import worker's protocol (protocol.ts), so that each parse worker loads only what it
// needs: the database rows' schemas (playbooks, proposals, team sync) would cost every worker's start.

/** A job for a parse worker of the import pool. */
export const ParseWorkerRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('configure'),
    context: z.object({
      dialect: z.object({ delimiter: z.string().length(1), newline: z.enum(['\r\n', '\n', '\r']) }),
      header: z.array(z.string()),
      mapping: z.record(z.string(), z.string()),
    }),
  }),
  z.object({
    type: z.literal('readCsv'),
    job: z.number().int(),
    text: z.string(),
    firstRecord: z.number().int().positive(),
    skip: z.number().int().nonnegative(),
  }),
  // The same reading with its result dropped: warming the worker up (ImportPool.warmUp).
  z.object({
    type: z.literal('warmUp'),
    job: z.number().int(),
    text: z.string(),
    firstRecord: z.number().int().positive(),
    skip: z.number().int().nonnegative(),
  }),
]);

const PreparedAccountsSchema = z.object({
  ids: z.array(z.string()),
  json: z.array(z.string()),
  keyHashes: z.instanceof(Uint32Array),
  keyCounts: z.instanceof(Uint8Array),
  names: z.array(z.string()),
  nameOrder: z.instanceof(Uint32Array),
  fields: z.array(z.string()),
  customKeys: z.array(z.string()),
  listed: z.array(z.tuple([z.number().int().nonnegative(), z.string(), z.string(), z.string()])),
});

/** A parse worker's answer to one job. */
export const ParseWorkerEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('done'),
    job: z.number().int(),
    batch: z.object({
      accountRows: z.array(z.number()),
      rows: z.number().int(),
      errors: z.array(RowIssueSchema),
      warnings: z.array(RowIssueSchema),
    }),
    prepared: PreparedAccountsSchema,
  }),
  z.object({ type: z.literal('warmedUp'), job: z.number().int(), rows: z.number().int().nonnegative() }),
  z.object({ type: z.literal('failed'), job: z.number().int(), name: z.string(), message: z.string() }),
]);

export type ParseWorkerRequest = z.infer<typeof ParseWorkerRequestSchema>;
export type ParseWorkerEvent = z.infer<typeof ParseWorkerEventSchema>;
