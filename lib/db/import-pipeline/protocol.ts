import { z } from 'zod';
import { ImportReportSchema } from '../../import/report';
import { ImportModeSchema, ImportRecordRowSchema } from '../rows';
import { ImportProgressSchema } from './import-progress';
import { ReplaceImpactSchema } from './replace-impact';

/**
 * What the page asks of the import worker: check a sample of the file it will import (its first rows
 * read with a mapping, while the user reviews it), start importing the file into a database, or cancel.
 */
export const ImportWorkerRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('check'),
    check: z.number().int(),
    file: z.instanceof(Blob),
    fileName: z.string(),
    mapping: z.record(z.string(), z.string()),
  }),
  z.object({
    type: z.literal('start'),
    dbName: z.string().min(1),
    file: z.instanceof(Blob),
    fileName: z.string(),
    mode: ImportModeSchema,
    mapping: z.record(z.string(), z.string()),
    /** A replace asks the page to confirm what it will do (`confirm`), and waits for `confirmed`. */
    confirmReplace: z.boolean().default(false),
  }),
  z.object({ type: z.literal('confirmed'), ok: z.boolean() }),
  z.object({ type: z.literal('cancel') }),
]);

/**
 * What the import worker tells the page: a sample checked (or why not), its parse workers warmed up
 * after a check, progress, the result (`done`, once the new cache is active), that it has finished
 * deleting the replaced cache data (`cleaned`, its last word after `done`), or why it failed (a
 * cancel is a failure named ImportCancelledError).
 */
export const ImportWorkerEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('checked'),
    check: z.number().int(),
    sample: z.object({ report: ImportReportSchema, complete: z.boolean() }),
  }),
  z.object({ type: z.literal('checkFailed'), check: z.number().int(), name: z.string(), message: z.string() }),
  // After a check's answer: the parse workers have read its rows again (or were stopped by a newer check or the import).
  z.object({ type: z.literal('warmedUp'), check: z.number().int() }),
  z.object({ type: z.literal('progress'), progress: ImportProgressSchema }),
  // The file is read and nothing is active yet: a replace asks whether to go on.
  z.object({ type: z.literal('confirm'), impact: ReplaceImpactSchema }),
  z.object({ type: z.literal('done'), report: ImportReportSchema, record: ImportRecordRowSchema }),
  z.object({ type: z.literal('cleaned') }),
  z.object({ type: z.literal('failed'), name: z.string(), message: z.string() }),
]);

// What a sender writes: `confirmReplace` may be left out.
export type ImportWorkerRequest = z.input<typeof ImportWorkerRequestSchema>;
export type ImportWorkerEvent = z.infer<typeof ImportWorkerEventSchema>;
