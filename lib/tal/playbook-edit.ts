import type { Member } from '../schema/member';
import type { Playbook } from '../schema/playbook';

type Tal = Playbook['tal'];

/**
 * Why a manager may not save this playbook (spec §6: only an admin changes `tal.period` or another
 * team's entry in `tal.teams`, adding or dropping one included), or undefined when they may. A
 * manager shapes the criteria, segments, priority and their own team's quota; an admin anything.
 */
export function managerPlaybookRefusal(manager: Pick<Member, 'role' | 'team'>, before: Tal | undefined, after: Tal): string | undefined {
  if (manager.role !== 'manager' || before === undefined) return undefined;
  if (before.period !== after.period) {
    return `only an admin changes tal.period (it moves every team's quota window): "${before.period}" stays`;
  }
  const ids = new Set([...before.teams, ...after.teams].map((t) => t.id));
  for (const id of ids) {
    if (id === manager.team) continue;
    const old = before.teams.find((t) => t.id === id);
    const now = after.teams.find((t) => t.id === id);
    if (JSON.stringify(old) !== JSON.stringify(now)) {
      const change = old === undefined ? 'add' : now === undefined ? 'remove' : 'change';
      return `a manager of team "${manager.team}" may not ${change} team "${id}" in tal.teams; an admin does`;
    }
  }
  return undefined;
}
