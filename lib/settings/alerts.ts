import { storage } from '@wxt-dev/storage';
import type { Member } from '../schema/member';

/** The account a clicked alert asks the panel to show (`at` tells two clicks on the same account apart). */
export type FocusAccount = { accountId: string; at: number };
export const focusAccountItem = storage.defineItem<FocusAccount | null>('session:focusAccount', { fallback: null });

/**
 * Whom a fired alert is for: in solo mode the one person is everyone; in team mode the account's
 * owner (the CRM's owner field holds a member's id or, in most exports, their name), and for an
 * account without an owner, the managers of its team.
 */
export function alertAudience(member: Pick<Member, 'id' | 'name' | 'role' | 'team'> | null) {
  return ({ ownerId, team }: { ownerId: string | null; team: string | null }): boolean => {
    if (member === null) return true;
    if (ownerId !== null && ownerId.trim() !== '') {
      const owner = ownerId.trim().toLocaleLowerCase();
      return owner === member.id.toLocaleLowerCase() || owner === member.name.trim().toLocaleLowerCase();
    }
    return member.role === 'manager' && team !== null && team === member.team;
  };
}

/** How many alert scans the background has finished since the browser started (tests and support read it). */
export const alertScansItem = storage.defineItem<number>('session:alertScans', { fallback: 0 });
