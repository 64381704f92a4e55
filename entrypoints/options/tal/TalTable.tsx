import { useI18n } from '@/components/i18n';
import { verdictWords } from '@/components/icp/verdict-words';
import { formatNumber } from '@/lib/i18n';
import type { IcpResult } from '@/lib/rules/result';
import type { PlaybookNames } from '../playbook/playbook-names';
import { type TalRow, topSegments } from './tal-row';

type Props = { rows: readonly TalRow[]; total: number; names: PlaybookNames };

/** The accounts on the TAL with their tier, priority, segment and ICP verdict. */
export function TalTable({ rows, total, names }: Props) {
  const { segmentName, tierName, teamName } = names;
  const { t, locale } = useI18n();
  return (
    <table className="data-table" data-testid="tal-table">
      <caption>{t('talList.listCaption', { shown: rows.length, total })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('talList.col.name')}</th>
          <th scope="col">{t('talList.col.domain')}</th>
          <th scope="col">{t('talList.col.team')}</th>
          <th scope="col">{t('talList.col.tier')}</th>
          <th scope="col">{t('talList.col.priority')}</th>
          <th scope="col">{t('talList.col.segment')}</th>
          <th scope="col">{t('talList.col.verdict')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ account, evaluation, missing }) => (
          <tr key={account.id} data-account-id={account.id} data-missing={missing ? 'true' : undefined}>
            <th scope="row">
              {account.name}
              {missing && <span className="muted"> — {t('talList.notInData')}</span>}
            </th>
            <td>{account.domain ?? ''}</td>
            <td>{account.team ? teamName(account.team) : ''}</td>
            <td>{evaluation?.priority.tier ? tierName(evaluation.priority.tier) : ''}</td>
            <td>{evaluation ? formatNumber(locale, evaluation.priority.score, { maximumFractionDigits: 1 }) : ''}</td>
            <td>{topSegments({ account, evaluation }).map(segmentName).join(', ')}</td>
            <td>{evaluation && <VerdictCell icp={evaluation.icp} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The verdict and its main reason, as the panel says them: a listed account that no longer fits shows why at once. */
function VerdictCell({ icp }: { icp: IcpResult }) {
  const { t, locale } = useI18n();
  const words = verdictWords(icp, t, locale);
  return (
    <span className="verdict-text" data-verdict={icp.verdict}>
      <strong>{words.word}</strong>
      <span className="muted"> — {words.reason}</span>
    </span>
  );
}
