import type { TalDb } from './database';
import { parseStoredRow } from './stored-row';
import { type CursorRow, CursorRowSchema, LinkRowSchema, type TeamLink } from './team-sync-rows';

/** The team this database mirrors now, or null in solo mode. Read inside a live query, it makes the query follow connect and disconnect. */
export async function getTeamLink(db: TalDb): Promise<TeamLink | null> {
  const row = parseStoredRow(LinkRowSchema, await db.teamSync.get(['link', 'current']), 'teamSync', ['link', 'current']);
  return row?.link ?? null;
}

/** Records which team the database mirrors (null: solo mode). */
export async function setTeamLink(db: TalDb, link: TeamLink | null): Promise<void> {
  await db.teamSync.put(LinkRowSchema.parse({ kind: 'link', key: 'current', link }));
}

/** Where the account delta sync stands, if it ever ran. */
export async function getAccountsCursor(db: TalDb): Promise<CursorRow | undefined> {
  return parseStoredRow(CursorRowSchema, await db.teamSync.get(['cursor', 'accounts']), 'teamSync', ['cursor', 'accounts']);
}

/** Keeps the server's cursor and the cache generation the changes up to it were applied to. */
export async function setAccountsCursor(db: TalDb, cursor: Pick<CursorRow, 'server' | 'cursor' | 'generation'>): Promise<void> {
  await db.teamSync.put(CursorRowSchema.parse({ kind: 'cursor', key: 'accounts', ...cursor }));
}
