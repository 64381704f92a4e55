import type { Member } from '../../schema/member';
import type { Actor } from './tal-service';

/** The actor of team mode: the member the server knows, its role and team from the server (an admin has no team). */
export function teamActor(member: Member): Actor {
  return { id: member.id, name: member.name, role: member.role, team: member.team ?? '' };
}

/**
 * The period kind of a quota period key from `GET /api/quota` (`2026-Q4` → quarter, `2026-11` →
 * month, `2026` → year, `all` → none), so the panel words it as in solo mode; an unknown key as is.
 */
export function periodKind(key: string): string {
  if (/^\d{4}-Q[1-4]$/.test(key)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(key)) return 'month';
  if (/^\d{4}$/.test(key)) return 'year';
  return key === 'all' ? 'none' : key;
}
