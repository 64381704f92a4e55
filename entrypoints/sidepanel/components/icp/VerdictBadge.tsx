import { useI18n } from '@/components/i18n';
import { VERDICT_WORDS, VerdictFigures } from '@/components/icp/VerdictText';
import type { Translate } from '@/lib/i18n';
import type { IcpResult, Verdict } from '@/lib/rules/result';
import { type VerdictReason, verdictReason } from '@/lib/rules/verdict-reason';
import '@/components/icp/icp.css';

const SYMBOLS: Record<Verdict, string> = { fit: '●', partial: '◐', 'no-fit': '○', 'needs-data': '?' };

/** A verdict's main reason in the reader's words ("Not yet a customer fails (required)"). */
export function reasonWords(reason: VerdictReason, t: Translate, locale: string): string {
  const list = (labels: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(labels);
  switch (reason.kind) {
    case 'required':
      return t('verdict.reason.required', { labels: list(reason.labels) });
    case 'unknown':
      return t('verdict.reason.unknown', {
        labels: list(reason.labels),
        count: reason.labels.length + reason.more,
        more: reason.more,
        unanswered: reason.unanswered,
      });
    case 'checks':
      return t('verdict.reason.checks', { passed: reason.passed, decided: reason.decided, unanswered: reason.unanswered });
  }
}

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
  const reason = verdictReason(icp);
  return (
    <div className="verdict" data-testid="verdict" data-account-id={accountId} data-verdict={icp.verdict} role="status" aria-atomic="true">
      <span className="verdict-symbol" aria-hidden="true">
        {SYMBOLS[icp.verdict]}
      </span>
      <span className="visually-hidden">{t('icp.verdict')}: </span>
      <strong className="verdict-word">{t(VERDICT_WORDS[icp.verdict])}</strong>
      <span className="verdict-reason" data-testid="verdict-reason">
        {' — '}
        {reasonWords(reason, t, locale)}
      </span>
      {reason.kind === 'checks' && (
        <span className="verdict-figures">
          <VerdictFigures icp={icp} />
        </span>
      )}
    </div>
  );
}
