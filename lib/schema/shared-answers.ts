import { z } from 'zod';

/** A rep's judgments on one account as the team shares them (issue 28): the answers, the descriptions, and who gave them when. */
export const SharedAnswersSchema = z.object({
  accountId: z.string().min(1),
  team: z.string().min(1),
  answers: z.record(z.string(), z.boolean()),
  notes: z.record(z.string(), z.string()),
  updatedBy: z.string(),
  updatedByName: z.string().optional(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type SharedAnswers = z.infer<typeof SharedAnswersSchema>;

/** `PUT /api/answers/<accountId>`: the whole set of judgments on the account (the team's, replacing the last). */
export const PutAnswersSchema = z.strictObject({
  answers: z.record(z.string().min(1).max(200), z.boolean()),
  notes: z.record(z.string().min(1).max(200), z.string().max(2000)).default({}),
});
