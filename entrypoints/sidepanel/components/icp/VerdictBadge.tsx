import { useI18n } from '@/components/i18n';
import { VERDICT_WORDS, VerdictFigures } from '@/components/icp/VerdictText';
import type { IcpResult, Verdict } from '@/lib/rules/result';
import '@/components/icp/icp.css';

const SYMBOLS: Record<Verdict, string> = { fit: '●', partial: '◐', 'no-fit': '○', 'needs-data': '?' };

/**
 * The ICP verdict with its score and coverage. A polite live region, so a screen reader hears the verdict
 * change when the rep answers a criterion; `data-testid="verdict"` and `data-account-id` let the benchmark wait for it.
 */
export function VerdictBadge({ icp, accountId }: { icp: Pick<IcpResult, 'verdict' | 'score' | 'coverage'>; accountId: string }) {
  const { t } = useI18n();
  return (
    <div className="verdict" data-testid="verdict" data-account-id={accountId} data-verdict={icp.verdict} role="status" aria-atomic="true">
      <span className="verdict-symbol" aria-hidden="true">
        {SYMBOLS[icp.verdict]}
      </span>
      <span className="visually-hidden">{t('icp.verdict')}: </span>
      <strong className="verdict-word">{t(VERDICT_WORDS[icp.verdict])}</strong>
      <span className="verdict-figures">
        <VerdictFigures icp={icp} />
      </span>
    </div>
  );
}
