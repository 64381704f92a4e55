import { z } from 'zod';

/** A rep's yes/no answers to the manual criteria of one account, by criterion id. */
export const AccountAnswersSchema = z.record(z.string(), z.boolean());

/** The answers file of `tal evaluate --answers` (spec §5): `{"<accountId>": {"<criterionId>": true|false}}`. */
export const AnswersFileSchema = z.record(z.string(), AccountAnswersSchema);

export type AccountAnswers = z.infer<typeof AccountAnswersSchema>;
export type AnswersFile = z.infer<typeof AnswersFileSchema>;
