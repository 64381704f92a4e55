import { useI18n } from '@/components/i18n';
import { formatNumber, type MessageKey } from '@/lib/i18n';
import type { IcpResult, Verdict } from '@/lib/rules/result';

/** The translation key of each verdict. */
export const VERDICT_WORDS: Record<Verdict, MessageKey> = {
  fit: 'icp.verdict.fit',
  partial: 'icp.verdict.partial',
  'no-fit': 'icp.verdict.no-fit',
  'needs-data': 'icp.verdict.needs-data',
};

/** "Fit · score 86% · coverage 53%" in one line, for summaries such as a proposal's evidence. */
export function VerdictText({ icp }: { icp: Pick<IcpResult, 'verdict' | 'score' | 'coverage'> }) {
  const { t } = useI18n();
  return (
    <span className="verdict-text">
      <strong>{t(VERDICT_WORDS[icp.verdict])}</strong> · <VerdictFigures icp={icp} />
    </span>
  );
}

/** "score 86% · coverage 53%", or "no score yet · coverage 0%". */
export function VerdictFigures({ icp }: { icp: Pick<IcpResult, 'score' | 'coverage'> }) {
  const { t, locale } = useI18n();
  const percent = (value: number) => formatNumber(locale, value, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <>
      {icp.score === null ? t('icp.score.none') : t('icp.score', { score: percent(icp.score) })}
      {' · '}
      {t('icp.coverage', { coverage: percent(icp.coverage) })}
    </>
  );
}
