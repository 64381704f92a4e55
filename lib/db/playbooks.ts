import type { Playbook } from '../schema/playbook';
import type { TalDb } from './database';
import { type PlaybookVersionRow, PlaybookVersionRowSchema } from './rows';
import { parseStoredRow } from './stored-row';

/** Saves a playbook as a new version (old versions are kept), with where it stands on the team server if it came from or went to one; returns the version number. */
export async function savePlaybookVersion(
  db: TalDb,
  playbook: Playbook,
  source: PlaybookVersionRow['source'],
  now: Date,
  onServer?: PlaybookVersionRow['onServer'],
): Promise<number> {
  return db.playbooks.add(PlaybookVersionRowSchema.parse({ savedAt: now.toISOString(), source, playbook, ...(onServer && { onServer }) }));
}

/** The playbook in force: the latest version, or undefined before any was saved. */
export async function getActivePlaybook(db: TalDb): Promise<PlaybookVersionRow | undefined> {
  const row = await db.playbooks.orderBy(':id').last();
  return parseStoredRow(PlaybookVersionRowSchema, row, 'playbooks', row?.version);
}

/** Every saved version, newest first. */
export async function listPlaybookVersions(db: TalDb): Promise<PlaybookVersionRow[]> {
  const rows = await db.playbooks.orderBy(':id').reverse().toArray();
  return rows.map((row) => parseStoredRow(PlaybookVersionRowSchema, row, 'playbooks', row.version) as PlaybookVersionRow);
}
