import { z } from 'zod';

/** What recertification does to a TAL account this period: keep it (confirmed), or take it off now (a manager). */
export const RECERTIFY_ACTIONS = ['keep', 'remove'] as const;
export type RecertifyAction = (typeof RECERTIFY_ACTIONS)[number];

/** One account's recertification in one period: the latest action on it, who took it, when and why. */
export const RecertificationSchema = z.object({
  accountId: z.string().min(1),
  period: z.string().min(1),
  action: z.enum(RECERTIFY_ACTIONS),
  reason: z.string().min(1),
  actorId: z.string().min(1),
  actorName: z.string().optional(),
  team: z.string().nullable(),
  at: z.iso.datetime({ offset: true }),
});
export type Recertification = z.infer<typeof RecertificationSchema>;

/** `POST /api/recertifications`: one action, with its reason, on up to 1,000 TAL accounts at once. */
export const RecertifyRequestSchema = z.strictObject({
  accountIds: z.array(z.string().trim().min(1)).min(1, 'name at least one account').max(1000, 'at most 1,000 accounts at once'),
  action: z.enum(RECERTIFY_ACTIONS),
  reason: z.string().trim().min(1, 'a reason is required').max(2000),
});
export type RecertifyRequest = z.infer<typeof RecertifyRequestSchema>;

/** `GET /api/recertifications` and the answer of a POST: the period and its records the caller may see. */
export const RecertificationListSchema = z.object({ period: z.string(), records: z.array(RecertificationSchema) });
