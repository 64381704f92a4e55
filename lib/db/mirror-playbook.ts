import type { Playbook } from '../schema/playbook';
import type { PlaybookSavedOnServer } from '../schema/sync-contract';
import type { TalDb } from './database';
import { getActivePlaybook, savePlaybookVersion } from './playbooks';
import { sameJson } from './same-json';

/**
 * Saves the server's playbook as a new version (source `server`) when it differs from the one in
 * force; the older versions stay. `onServer` (its server version, when and by whom it was saved) is
 * kept with it; a playbook the same as the one in force (saved from this browser's editor, say) only
 * gets that record. Returns the new version, or undefined when none was made (or the server has no
 * playbook yet, in which case the local one stays in force).
 */
export async function mirrorPlaybook(
  db: TalDb,
  playbook: Playbook | null,
  now: Date,
  onServer?: PlaybookSavedOnServer,
): Promise<number | undefined> {
  if (playbook === null) return undefined;
  return db.transaction('rw', db.playbooks, async () => {
    const active = await getActivePlaybook(db);
    if (active && sameJson(active.playbook, playbook)) {
      if (onServer && active.version !== undefined && !sameJson(active.onServer ?? null, onServer)) {
        await db.playbooks.update(active.version, { onServer });
      }
      return undefined;
    }
    return savePlaybookVersion(db, playbook, 'server', now, onServer);
  });
}
