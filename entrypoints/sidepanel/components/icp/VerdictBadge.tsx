import { useI18n } from '@/components/i18n';
import { verdictWords } from '@/components/icp/verdict-words';
import type { IcpResult, Verdict } from '@/lib/rules/result';
import '@/components/icp/icp.css';

const SYMBOLS: Record<Verdict, string> = { fit: '●', partial: '◐', 'no-fit': '○', 'needs-data': '?' };

/**
 * The ICP verdict in words with its main reason ("No fit — Not yet a customer fails (required)"), and
 * the score and coverage where the score decides the verdict. A polite live region, so a screen reader
 * hears the verdict change when the rep answers a criterion; `data-testid="verdict"` and
 * `data-account-id` let the benchmark wait for it.
 */
export function VerdictBadge({
  icp,
  accountId,
}: {
  icp: Pick<IcpResult, 'verdict' | 'score' | 'coverage' | 'criteria'>;
  accountId: string;
}) {
  const { t, locale } = useI18n();
  const words = verdictWords(icp, t, locale);
  return (
    <div className="verdict" data-testid="verdict" data-account-id={accountId} data-verdict={icp.verdict} role="status" aria-atomic="true">
      <span className="verdict-symbol" aria-hidden="true">
        {SYMBOLS[icp.verdict]}
      </span>
      <span className="visually-hidden">{t('icp.verdict')}: </span>
      <strong className="verdict-word">{words.word}</strong>
      <span className="verdict-reason" data-testid="verdict-reason">
        {' — '}
        {words.reason}
      </span>
      {words.figures && <span className="verdict-figures">{words.figures}</span>}
    </div>
  );
}
