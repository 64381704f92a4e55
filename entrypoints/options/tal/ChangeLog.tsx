import { useI18n } from '@/components/i18n';
import { usePersonName } from '@/components/people';
import type { Proposal } from '@/lib/schema/proposal';
import { talChanges } from '@/lib/tal/membership';

type Props = { proposals: readonly Proposal[]; accountName(id: string): string };

/** Every approved add and removal: who proposed it, who decided, when, and why; newest first. */
export function ChangeLog({ proposals, accountName }: Props) {
  const { t, locale } = useI18n();
  const personName = usePersonName();
  const changes = talChanges(proposals).reverse();
  const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' }) : '');
  if (changes.length === 0) return <p className="muted">{t('talList.log.empty')}</p>;
  return (
    <table className="data-table" data-testid="tal-log">
      <caption>{t('talList.logCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('talList.log.when')}</th>
          <th scope="col">{t('talList.log.change')}</th>
          <th scope="col">{t('talList.log.account')}</th>
          <th scope="col">{t('talList.log.proposer')}</th>
          <th scope="col">{t('talList.log.proposedAt')}</th>
          <th scope="col">{t('talList.log.decider')}</th>
          <th scope="col">{t('talList.log.why')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((p) => (
          <tr key={p.id}>
            <td>{when(p.decidedAt)}</td>
            <td>{t(`proposals.type.${p.type}`)}</td>
            <th scope="row">{accountName(p.accountId)}</th>
            <td>{personName(p.proposerId, p.proposerName)}</td>
            <td>{when(p.createdAt)}</td>
            <td>{personName(p.deciderId, p.deciderName)}</td>
            <td>
              <p>{p.reason}</p>
              {p.note && <p className="muted">{p.note}</p>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
