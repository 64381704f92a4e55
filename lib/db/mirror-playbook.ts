import type { Playbook } from '../schema/playbook';
import type { TalDb } from './database';
import { getActivePlaybook, savePlaybookVersion } from './playbooks';
import { sameJson } from './same-json';

/**
 * Saves the server's playbook as a new version (source `server`) when it differs from the one in
 * force; the older versions stay. Returns the new version, or undefined when nothing changed (or the
 * server has no playbook yet, in which case the local one stays in force).
 */
export async function mirrorPlaybook(db: TalDb, playbook: Playbook | null, now: Date): Promise<number | undefined> {
  if (playbook === null) return undefined;
  return db.transaction('rw', db.playbooks, async () => {
    const active = await getActivePlaybook(db);
    if (active && sameJson(active.playbook, playbook)) return undefined;
    return savePlaybookVersion(db, playbook, 'server', now);
  });
}
