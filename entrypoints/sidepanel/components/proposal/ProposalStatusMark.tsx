import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n';
import type { ProposalStatus } from '@/lib/schema/proposal';

const WORDS: Record<ProposalStatus, MessageKey> = {
  pending: 'proposals.status.pending',
  approved: 'proposals.status.approved',
  rejected: 'proposals.status.rejected',
  withdrawn: 'proposals.status.withdrawn',
};
const SYMBOLS: Record<ProposalStatus, string> = { pending: '…', approved: '✓', rejected: '✗', withdrawn: '↩' };

/** A proposal's status as a symbol and a word. */
export function ProposalStatusMark({ status }: { status: ProposalStatus }) {
  const { t } = useI18n();
  return (
    <span className="proposal-status" data-status={status}>
      <span aria-hidden="true">{SYMBOLS[status]}</span> {t(WORDS[status])}
    </span>
  );
}
