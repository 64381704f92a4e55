import { useLiveQuery } from 'dexie-react-hooks';
import type { ProposalRow } from '@/entrypoints/sidepanel/components/proposal/MyProposals';
import { usePanelServices } from '../services';

/** The rep's proposals with their accounts' names, live; undefined while loading. */
export function useMyProposals(proposerId: string | undefined): ProposalRow[] | undefined {
  const { reads } = usePanelServices();
  return useLiveQuery(async () => {
    if (proposerId === undefined) return undefined;
    const mine = await reads.proposalsBy(proposerId);
    const accounts = await reads.accounts([...new Set(mine.map(({ proposal }) => proposal.accountId))]);
    const names = new Map(accounts.map((a) => [a.id, a.name]));
    return mine.map((row) => ({ ...row, accountName: names.get(row.proposal.accountId) ?? null }));
  }, [reads, proposerId]);
}
