import type { Account } from '../schema/account';
import type { Proposal } from '../schema/proposal';

/** Approved proposals in the order they were decided: the TAL's change log. */
export function talChanges(proposals: readonly Proposal[]): Proposal[] {
  return proposals
    .filter((p) => p.status === 'approved')
    .sort((a, b) => decidedTime(a) - decidedTime(b) || Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id));
}

/**
 * Whether one account is on the TAL: the latest approved decision about it wins over the
 * account's own `onTal` field (which comes from the CRM and may lag behind decisions).
 */
export function isOnTal(account: Pick<Account, 'id' | 'onTal'>, proposals: readonly Proposal[]): boolean {
  const latest = talChanges(proposals.filter((p) => p.accountId === account.id)).at(-1);
  return latest === undefined ? account.onTal === true : latest.type === 'add';
}

/**
 * The team an account belongs to on the TAL (spec §6): the team whose approved add put it there,
 * else the account's own `team`; undefined when neither is known.
 */
export function owningTeam(
  account: Pick<Account, 'id'> & Partial<Pick<Account, 'team'>>,
  proposals: readonly Proposal[],
): string | undefined {
  const latest = talChanges(proposals.filter((p) => p.accountId === account.id)).at(-1);
  return latest?.type === 'add' ? latest.team : account.team;
}

/** The ids of the accounts that are on the TAL once every approved decision is applied. */
export function talMembership(accounts: readonly Pick<Account, 'id' | 'onTal'>[], proposals: readonly Proposal[]): Set<string> {
  const latestType = new Map<string, Proposal['type']>();
  for (const change of talChanges(proposals)) latestType.set(change.accountId, change.type);
  const onTal = new Set<string>();
  for (const account of accounts) {
    const decided = latestType.get(account.id);
    if (decided === undefined ? account.onTal === true : decided === 'add') onTal.add(account.id);
  }
  return onTal;
}

function decidedTime(proposal: Proposal): number {
  return Date.parse(proposal.decidedAt ?? proposal.createdAt);
}
