import { z } from 'zod';

/** A rep's yes/no answers to the manual criteria of one account, by criterion id. */
export const AccountAnswersSchema = z.record(z.string(), z.boolean());

/** The answers file of `tal evaluate --answers` (spec §5): `{"<accountId>": {"<criterionId>": true|false}}`. */
export const AnswersFileSchema = z.record(z.string(), AccountAnswersSchema);

export type AccountAnswers = z.infer<typeof AccountAnswersSchema>;
export type AnswersFile = z.infer<typeof AnswersFileSchema>;

/** An answer nothing will read: for an account not in the set, or for a criterion that is not a manual one. */
export type UnreadAnswer = { accountId: string; criterionId?: string };

/** The answers of a file that the evaluation will ignore, so the user can be told rather than left guessing. */
export function findUnreadAnswers(
  answers: AnswersFile,
  manualCriterionIds: ReadonlySet<string>,
  accountIds: ReadonlySet<string>,
): UnreadAnswer[] {
  const unread: UnreadAnswer[] = [];
  for (const [accountId, byCriterion] of Object.entries(answers)) {
    if (!accountIds.has(accountId)) unread.push({ accountId });
    for (const criterionId of Object.keys(byCriterion)) if (!manualCriterionIds.has(criterionId)) unread.push({ accountId, criterionId });
  }
  return unread;
}
