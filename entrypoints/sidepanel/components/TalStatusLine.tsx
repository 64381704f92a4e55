import { useI18n } from '@/components/i18n';
import type { Proposal } from '@/lib/schema/proposal';

/** "On the TAL.", "Not on the TAL.", or the open proposal and who made it. */
export function TalStatusLine({
  onTal,
  pending,
  who,
}: {
  onTal: boolean;
  pending: Proposal | null;
  who: (proposerId: string, name?: string) => string;
}) {
  const { t } = useI18n();
  let text = onTal ? t('tal.status.on') : t('tal.status.off');
  if (pending)
    text = t(pending.type === 'add' ? 'tal.status.pendingAdd' : 'tal.status.pendingRemove', {
      who: who(pending.proposerId, pending.proposerName),
    });
  return (
    <p className="tal-status" data-testid="tal-status" data-on-tal={onTal} data-pending={pending?.type ?? ''}>
      {text}
    </p>
  );
}
