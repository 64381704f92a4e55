import type { AccountAnswers } from '../rules/answers';
import type { SharedAnswers } from '../schema/shared-answers';
import type { TalDb } from './database';
import { type AnswersRow, AnswersRowSchema } from './rows';
import { parseStoredRow } from './stored-row';

/**
 * Saves a rep's answers to one account's manual criteria (and the free text of `describe` criteria).
 * `extra.dirty` marks them for the team server (sent at the next sync in team mode); `extra.by` says
 * whose they are (a teammate's, synced).
 */
export async function saveAnswers(
  db: TalDb,
  accountId: string,
  answers: AccountAnswers,
  now: Date,
  notes: Record<string, string> = {},
  extra: Pick<AnswersRow, 'by' | 'dirty'> = {},
) {
  await db.answers.put(AnswersRowSchema.parse({ accountId, answers, notes, updatedAt: now.toISOString(), ...extra }));
}

/** The answers changed here and not yet sent to the team server. */
export async function dirtyAnswers(db: TalDb): Promise<AnswersRow[]> {
  const rows = await db.answers.toArray();
  return rows
    .map((row) => parseStoredRow(AnswersRowSchema, row, 'answers', row.accountId) as AnswersRow)
    .filter((row) => row.dirty === true);
}

/**
 * Mirrors the team's shared answers: a teammate's newer answers replace these, unless this browser
 * changed them since (its own are sent first and win). Read and written in one transaction.
 */
export async function mirrorSharedAnswers(db: TalDb, shared: readonly SharedAnswers[]): Promise<void> {
  await db.transaction('rw', db.answers, async () => {
    for (const row of shared) {
      const local = await getAnswers(db, row.accountId);
      if (local?.dirty) continue;
      if (local && Date.parse(local.updatedAt) >= Date.parse(row.updatedAt) && local.by?.id === row.updatedBy) continue;
      const by = { id: row.updatedBy, ...(row.updatedByName === undefined ? {} : { name: row.updatedByName }) };
      await saveAnswers(db, row.accountId, row.answers, new Date(row.updatedAt), row.notes, { by });
    }
  });
}

/** A rep's answers for one account, if any. */
export async function getAnswers(db: TalDb, accountId: string): Promise<AnswersRow | undefined> {
  return parseStoredRow(AnswersRowSchema, await db.answers.get(accountId), 'answers', accountId);
}
