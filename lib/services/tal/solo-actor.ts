import type { Playbook } from '../../schema/playbook';
import type { Actor } from './tal-service';

/** The id under which a solo user's proposals and decisions are recorded. */
export const SOLO_ACTOR_ID = 'me';

/**
 * The one person of solo mode: a manager (who may also propose) of the playbook's first team, so
 * their adds count against that team's quota and they decide their own proposals. Without a team,
 * proposals are refused as `unknown-team` until the playbook names one.
 */
export function soloActor(playbook: Pick<Playbook, 'tal'> | undefined, name = 'You'): Actor {
  return { id: SOLO_ACTOR_ID, name, role: 'manager', team: playbook?.tal.teams[0]?.id ?? '' };
}
