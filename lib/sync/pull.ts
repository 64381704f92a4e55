import type { Account } from '../schema/account';
import type { Playbook } from '../schema/playbook';
import type { Proposal } from '../schema/proposal';
import type { Recertification } from '../schema/recertification';
import type { PlaybookSavedOnServer, TalSnapshot } from '../schema/sync-contract';
import type { TalClient } from './client';

/** Everything that changed on the server since `cursor`, for the extension's local copy. */
export interface PulledChanges {
  /** Accounts added or changed since the cursor (all of them when there was none). */
  accounts: Account[];
  /** Ids of accounts deleted since the cursor. */
  deleted: string[];
  /** Pass this to the next pull. */
  cursor: string;
  playbook: Playbook | null;
  /** When and by whom the playbook was saved on the server (null with no playbook). */
  playbookSaved: PlaybookSavedOnServer | null;
  /** The proposals the caller may see, decisions included. */
  proposals: Proposal[];
  tal: TalSnapshot;
  /** The current period's recertifications the caller may see. */
  recertifications: { period: string; records: Recertification[] };
}

/**
 * Pulls account changes page by page from `cursor`, and the current playbook, proposals and TAL.
 * When a later page fails, nothing is returned, so the caller never stores a cursor past data it lacks.
 */
export async function pullChanges(
  client: Pick<TalClient, 'accountChanges' | 'currentPlaybook' | 'proposals' | 'tal' | 'recertifications'>,
  cursor?: string,
): Promise<PulledChanges> {
  const accounts: Account[] = [];
  const deleted: string[] = [];
  let next = cursor;
  for (;;) {
    const page = await client.accountChanges(next);
    accounts.push(...page.accounts);
    deleted.push(...page.deleted);
    // A server that says "more" without moving the cursor would loop forever; stop instead.
    const stuck = page.cursor === next;
    next = page.cursor;
    if (!page.more || stuck) break;
  }
  const [current, proposals, tal, recertifications] = await Promise.all([
    client.currentPlaybook(),
    client.proposals(),
    client.tal(),
    client.recertifications(),
  ]);
  return {
    accounts: latestById(accounts),
    deleted,
    cursor: next ?? '0',
    playbook: current?.playbook ?? null,
    playbookSaved: current?.saved ?? null,
    proposals,
    tal,
    recertifications,
  };
}

// An account changed twice across pages appears twice; the later page holds its current state.
function latestById(accounts: Account[]): Account[] {
  return [...new Map(accounts.map((a) => [a.id, a])).values()];
}
