import { z } from 'zod';
import { RuleEvidenceSchema } from './evidence';

export const CRITERION_STATUSES = ['pass', 'fail', 'unknown', 'unanswered'] as const;
export const VERDICTS = ['fit', 'partial', 'no-fit', 'needs-data'] as const;

/** One criterion of the ICP checklist for one account, with the evidence of a rule criterion. */
export const CriterionResultSchema = z.object({
  id: z.string(),
  label: z.string(),
  section: z.string().optional(),
  weight: z.number(),
  required: z.boolean(),
  manual: z.boolean(),
  status: z.enum(CRITERION_STATUSES),
  /** Why a rule criterion has its status; null for a manual criterion (the rep's answer is the reason). */
  evidence: RuleEvidenceSchema.nullable(),
});

/** The ICP result of spec §3. */
export const IcpResultSchema = z.object({
  verdict: z.enum(VERDICTS),
  score: z.number().nullable(),
  coverage: z.number(),
  criteria: z.array(CriterionResultSchema),
});

/** A segment the account belongs to, with its goal; parents come before their children. */
export const SegmentMatchSchema = z.object({
  id: z.string(),
  name: z.string(),
  goal: z.string().optional(),
  parentId: z.string().nullable(),
  depth: z.number().int().nonnegative(),
});

/** The priority of spec §3: score 0–100 rounded to one decimal, its tier, and each factor's value 0–1. */
export const PriorityResultSchema = z.object({
  score: z.number(),
  tier: z.string().nullable(),
  tierName: z.string().nullable(),
  factors: z.array(z.object({ id: z.string(), weight: z.number(), value: z.number() })),
});

/** Everything the playbook says about one account. */
export const AccountEvaluationSchema = z.object({
  accountId: z.string(),
  icp: IcpResultSchema,
  segments: z.array(SegmentMatchSchema),
  priority: PriorityResultSchema,
});

export type CriterionStatus = (typeof CRITERION_STATUSES)[number];
export type Verdict = (typeof VERDICTS)[number];
export type CriterionResult = z.infer<typeof CriterionResultSchema>;
export type IcpResult = z.infer<typeof IcpResultSchema>;
export type SegmentMatch = z.infer<typeof SegmentMatchSchema>;
export type PriorityResult = z.infer<typeof PriorityResultSchema>;
export type AccountEvaluation = z.infer<typeof AccountEvaluationSchema>;
