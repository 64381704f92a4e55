import { applyAccountChanges, getAnswers, markAlertsRead, saveAnswers, setAlertMuted, type TalDb } from '@/lib/db';
import { type Account, AccountSchema } from '@/lib/schema/account';
import type { ChoiceStore } from '@/lib/services/choices';
import type { NewAccount, PanelWrites } from '../services';

export type PanelWritesDeps = {
  db: TalDb;
  choices: ChoiceStore;
  /** Called after the cache changed under the reader (a new account), so it reads the new generation at once. */
  cacheChanged(): void;
  now?: () => Date;
  newId?: () => string;
};

/** The panel's own writes: answers and notes at once, remembered page choices, and rep-entered accounts. */
export function createPanelWrites({
  db,
  choices,
  cacheChanged,
  now = () => new Date(),
  newId = () => `new-${crypto.randomUUID()}`,
}: PanelWritesDeps): PanelWrites {
  // Read and write in one transaction, so two quick answers never overwrite each other.
  const update = (accountId: string, change: (row: { answers: Record<string, boolean>; notes: Record<string, string> }) => void) =>
    db.transaction('rw', db.answers, async () => {
      const row = await getAnswers(db, accountId);
      const next = { answers: { ...row?.answers }, notes: { ...row?.notes } };
      change(next);
      // Marked for the team server: in team mode the next sync shares them with the rep's team.
      await saveAnswers(db, accountId, next.answers, now(), next.notes, { dirty: true });
    });

  return {
    markAlertsRead: (ids) => markAlertsRead(db, ids),
    muteAlert: (alertId, muted) => setAlertMuted(db, alertId, muted),
    saveAnswer: (accountId, criterionId, value) =>
      update(accountId, ({ answers }) => {
        if (value === null) delete answers[criterionId];
        else answers[criterionId] = value;
      }),
    saveNote: (accountId, criterionId, text) =>
      update(accountId, ({ notes }) => {
        if (text.trim() === '') delete notes[criterionId];
        else notes[criterionId] = text;
      }),
    rememberChoice: (pageKey, accountId) => choices.remember(pageKey, accountId),
    async addAccount(draft: NewAccount): Promise<Account> {
      const account = AccountSchema.parse({ ...draft, id: newId() });
      // Into the cache's overlay (a write of one account, whatever the cache's size): then cached like any other (recognized, searchable, proposable).
      await applyAccountChanges(
        db,
        { accounts: [account], deleted: [], mode: 'merge' },
        { now, source: 'new account', waitMs: Number.POSITIVE_INFINITY },
      );
      cacheChanged();
      return account;
    },
  };
}
