import type { Proposal } from '../schema/proposal';
import type { TalDb } from './database';
import { type TalOverrideRow, TalOverrideRowSchema } from './rows';
import { parseStoredRow } from './stored-row';

/** Records a change of an account's TAL membership that wins over the imported `onTal`. */
export async function setTalOverride(db: TalDb, override: Omit<TalOverrideRow, 'updatedAt'>, now: Date) {
  await db.talOverrides.put(TalOverrideRowSchema.parse({ ...override, updatedAt: now.toISOString() }));
}

/** The override of one account, if any. */
export async function getTalOverride(db: TalDb, accountId: string): Promise<TalOverrideRow | undefined> {
  return parseStoredRow(TalOverrideRowSchema, await db.talOverrides.get(accountId), 'talOverrides', accountId);
}

/** Every override, for the TAL view. */
export async function listTalOverrides(db: TalDb): Promise<TalOverrideRow[]> {
  return (await db.talOverrides.toArray()).map(
    (row) => parseStoredRow(TalOverrideRowSchema, row, 'talOverrides', row.accountId) as TalOverrideRow,
  );
}

/** Whether an account is on the TAL: its override if there is one, else what the import said. */
export function isOnTal(account: { onTal?: boolean }, override: TalOverrideRow | undefined): boolean {
  return override ? override.onTal : account.onTal === true;
}

/**
 * The TAL record an approved proposal makes: on for an add, off for a removal, with the account's
 * name and domain (the proposal's, else what the record knew), its team, and since when.
 */
export function decisionRecord(
  proposal: Proposal,
  before: TalOverrideRow | undefined,
  source: TalOverrideRow['source'],
  at: Date,
): TalOverrideRow {
  const name = proposal.accountName ?? before?.name;
  const domain = proposal.accountDomain ?? before?.domain;
  const added = proposal.type === 'add';
  return TalOverrideRowSchema.parse({
    accountId: proposal.accountId,
    onTal: added,
    source,
    reason: proposal.reason,
    updatedAt: at.toISOString(),
    ...(name === undefined ? {} : { name }),
    ...(domain === undefined ? {} : { domain }),
    ...(added ? { team: proposal.team, since: proposal.decidedAt ?? at.toISOString() } : {}),
  });
}
