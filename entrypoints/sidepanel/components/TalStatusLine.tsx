import { useI18n } from '@/components/i18n';
import { formatDate } from '@/lib/i18n';
import type { Proposal } from '@/lib/schema/proposal';

export type TalStatusLineProps = {
  onTal: boolean;
  pending: Proposal | null;
  /** The approved add that put the account on the TAL, when this machine knows it. */
  approved: Proposal | null;
  who: (personId: string, name?: string) => string;
  teamName: (id: string) => string;
};

/**
 * Where the account stands, with who and since when: "On the TAL since Nov 21, 2026, approved by Dana
 * Lee.", "Proposed for the TAL by you on Nov 20, 2026, waiting for a manager of Key accounts.", or
 * "Not on the TAL.". An account listed by the imported data says only that it is on the TAL.
 */
export function TalStatusLine({ onTal, pending, approved, who, teamName }: TalStatusLineProps) {
  const { t, locale } = useI18n();
  let text = onTal ? t('tal.status.on') : t('tal.status.off');
  if (onTal && approved?.decidedAt && approved.deciderId)
    text = t('tal.status.onSince', { date: formatDate(locale, approved.decidedAt), who: who(approved.deciderId, approved.deciderName) });
  if (pending)
    text = t(pending.type === 'add' ? 'tal.status.pendingAdd' : 'tal.status.pendingRemove', {
      who: who(pending.proposerId, pending.proposerName),
      date: formatDate(locale, pending.createdAt),
      team: teamName(pending.team),
    });
  return (
    <p className="tal-status" data-testid="tal-status" data-on-tal={onTal} data-pending={pending?.type ?? ''}>
      {text}
    </p>
  );
}
