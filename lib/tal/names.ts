import type { Proposal } from '../schema/proposal';

/** The id solo mode records its one person under (lib/services/solo-actor). */
export const SOLO_ID = 'me';

/**
 * A person on a proposal in words: "you" for the reader (and solo mode's one person), else the name
 * the proposal carries, else (a proposal from before names were kept) the id.
 */
export function personName(id: string | undefined, name: string | undefined, reader: { id?: string; you: string }): string {
  if (id === undefined) return '';
  if (id === reader.id || id === SOLO_ID) return reader.you;
  return name ?? id;
}

/** The account a proposal is about in words: its current name, else the name it was proposed under, else its id. */
export function proposalAccountName(proposal: Pick<Proposal, 'accountId' | 'accountName'>, current?: { name: string }): string {
  return current?.name ?? proposal.accountName ?? proposal.accountId;
}

/** A team as people read it: its name in the playbook's `tal.teams`, else (a team the playbook no longer has) its id. */
export function teamName(teams: readonly { id: string; name: string }[], id: string): string {
  return teams.find((team) => team.id === id)?.name ?? id;
}
