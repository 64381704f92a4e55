import { useLiveQuery } from 'dexie-react-hooks';
import type { ProposalRow } from '@/components/proposal/MyProposals';
import { usePanelServices } from '../services';

/** The rep's proposals with their accounts' names, live; undefined while loading. */
export function useMyProposals(proposerId: string | undefined): ProposalRow[] | undefined {
  const { reads } = usePanelServices();
  return useLiveQuery(async () => {
    if (proposerId === undefined) return undefined;
    const proposals = await reads.proposalsBy(proposerId);
    const accounts = await reads.accounts([...new Set(proposals.map((p) => p.accountId))]);
    const names = new Map(accounts.map((a) => [a.id, a.name]));
    return proposals.map((proposal) => ({ proposal, accountName: names.get(proposal.accountId) ?? null }));
  }, [reads, proposerId]);
}
