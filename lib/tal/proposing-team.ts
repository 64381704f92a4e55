import type { Playbook } from '../schema/playbook';
import { SOLO_ID } from './names';

/**
 * The team a proposal about this account counts against (its quota, its reviewers). A team member
 * proposes for their own team. Solo mode's one person proposes for the team the account belongs to
 * (its `team`, when the playbook has that team), else for their own (the playbook's first).
 */
export function proposingTeam(
  actor: { id: string; team: string | null },
  account: { team?: string } | undefined,
  playbook: Pick<Playbook, 'tal'> | undefined,
): string | null {
  if (actor.id !== SOLO_ID) return actor.team;
  const own = account?.team;
  if (own !== undefined && playbook?.tal.teams.some((team) => team.id === own)) return own;
  return actor.team;
}
