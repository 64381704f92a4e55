import { z } from 'zod';
import { EvidenceParamsSchema } from './evidence';

/** The checks of the segment health checklist (spec §5), in report order. */
export const HEALTH_CHECK_IDS = ['segment-count', 'segment-size', 'one-segment-each'] as const;
export type HealthCheckId = (typeof HEALTH_CHECK_IDS)[number];

/** One check: passed or not, its detail in plain English words, and the params to say it in another language. */
export const HealthCheckSchema = z.object({
  id: z.enum(HEALTH_CHECK_IDS),
  ok: z.boolean(),
  detail: z.string(),
  params: EvidenceParamsSchema,
});

const SegmentSizeSchema = z.object({ id: z.string(), size: z.number().int().nonnegative(), share: z.number() });

/** The segment health report of `tal health` and the options page (spec §5). */
export const HealthReportSchema = z.object({
  accounts: z.number().int().nonnegative(),
  /** Top-level segments in list order; size counts the accounts assigned under the playbook's assign mode. */
  segments: z.array(SegmentSizeSchema),
  /** Accounts in no top-level segment. */
  unassigned: z.number().int().nonnegative(),
  /** Accounts whose data pass more than one top-level segment's rule, whatever the assign mode. */
  overlapping: z.number().int().nonnegative(),
  /** Unassigned accounts that lack the data to decide: no top-level rule passes, but one is unknown. */
  undecided: z.number().int().nonnegative(),
  /** Child segments at any depth, parents before children, with the id of their parent. */
  subsegments: z.array(SegmentSizeSchema.extend({ parentId: z.string() })),
  checks: z.array(HealthCheckSchema),
});

export type HealthCheck = z.infer<typeof HealthCheckSchema>;
export type HealthReport = z.infer<typeof HealthReportSchema>;
