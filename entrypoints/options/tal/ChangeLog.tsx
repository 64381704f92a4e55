import { useI18n } from '@/components/i18n';
import { usePersonName } from '@/components/people';
import type { Proposal } from '@/lib/schema/proposal';
import type { Recertification } from '@/lib/schema/recertification';
import { talChanges } from '@/lib/tal/membership';

type Props = { proposals: readonly Proposal[]; recertifications?: readonly Recertification[]; accountName(id: string): string };

/** A line of the log: an approved add or removal, or an account kept at recertification. */
type LogLine = { at: string; proposal: Proposal; kept?: undefined } | { at: string; kept: Recertification; proposal?: undefined };

/**
 * Every approved add and removal (who proposed it, who decided, when, and why) and every account kept
 * at recertification (who, when, why); newest first. Removals at recertification are approved removals.
 */
export function ChangeLog({ proposals, recertifications = [], accountName }: Props) {
  const { t, locale } = useI18n();
  const personName = usePersonName();
  const lines: LogLine[] = [
    ...talChanges(proposals).map((proposal) => ({ at: proposal.decidedAt ?? proposal.createdAt, proposal })),
    ...recertifications.filter((r) => r.action === 'keep').map((kept) => ({ at: kept.at, kept })),
  ].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const changes = lines;
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
        {changes.map(({ proposal: p, kept }) =>
          kept ? (
            <tr key={`kept-${kept.period}-${kept.accountId}`}>
              <td>{when(kept.at)}</td>
              <td>{t('talList.log.kept', { period: kept.period })}</td>
              <th scope="row">{accountName(kept.accountId)}</th>
              <td>{personName(kept.actorId, kept.actorName)}</td>
              <td>{when(kept.at)}</td>
              <td>{personName(kept.actorId, kept.actorName)}</td>
              <td>
                <p>{kept.reason}</p>
              </td>
            </tr>
          ) : (
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
          ),
        )}
      </tbody>
    </table>
  );
}
