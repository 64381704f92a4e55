import type { AccountAnswers } from '../rules/answers';
import type { TalDb } from './database';
import { type AnswersRow, AnswersRowSchema } from './rows';
import { parseStoredRow } from './stored-row';

/** Saves a rep's answers to one account's manual criteria (and the free text of `describe` criteria). */
export async function saveAnswers(db: TalDb, accountId: string, answers: AccountAnswers, now: Date, notes: Record<string, string> = {}) {
  await db.answers.put(AnswersRowSchema.parse({ accountId, answers, notes, updatedAt: now.toISOString() }));
}

/** A rep's answers for one account, if any. */
export async function getAnswers(db: TalDb, accountId: string): Promise<AnswersRow | undefined> {
  return parseStoredRow(AnswersRowSchema, await db.answers.get(accountId), 'answers', accountId);
}
