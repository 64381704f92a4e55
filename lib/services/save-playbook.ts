import type { TalDb } from '../db/database';
import { savePlaybookVersion } from '../db/playbooks';
import type { Translate } from '../i18n';
import type { Playbook } from '../schema/playbook';
import type { TeamServer } from '../settings/team';
import type { FetchLike } from '../sync/client';
import { TalNetworkError } from '../sync/errors';
import { teamClient } from '../sync/team-client';

export type SavePlaybookDeps = { db: TalDb; fetch?: FetchLike; translate(): Promise<Translate>; now?: () => Date };

/**
 * Saves an edited playbook where it is in force: locally in solo mode; in team mode on the server
 * first (so every member gets it at their next sync), then locally, where the next pull finds it
 * unchanged. An unreachable server saves nothing and says so.
 */
export async function savePlaybookFor(server: TeamServer | null, playbook: Playbook, deps: SavePlaybookDeps): Promise<number> {
  const now = deps.now ?? (() => new Date());
  if (!server) return savePlaybookVersion(deps.db, playbook, 'editor', now());
  let version: number;
  try {
    ({ version } = await teamClient(server, deps.fetch).putPlaybook(playbook));
  } catch (error) {
    if (error instanceof TalNetworkError) throw new Error((await deps.translate())('team.offline.playbook'), { cause: error });
    throw error;
  }
  const { id, name, role } = server.member;
  // The server's clock is not known here: the next sync brings its own record of when it was saved.
  return savePlaybookVersion(deps.db, playbook, 'editor', now(), { version, savedAt: now().toISOString(), savedBy: { id, name, role } });
}
