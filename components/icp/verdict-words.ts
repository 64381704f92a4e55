import { formatList, formatNumber, type Locale, type MessageKey, type Translate } from '@/lib/i18n';
import type { IcpResult, Verdict } from '@/lib/rules/result';
import { type ReasonCriterion, type VerdictReason, verdictReason } from '@/lib/rules/verdict-reason';

/** The translation key of each verdict. */
export const VERDICT_WORDS: Record<Verdict, MessageKey> = {
  fit: 'icp.verdict.fit',
  partial: 'icp.verdict.partial',
  'no-fit': 'icp.verdict.no-fit',
  'needs-data': 'icp.verdict.needs-data',
};

/** A verdict's main reason in the reader's words ("Not yet a customer fails (required)"). */
export function reasonWords(reason: VerdictReason, t: Translate, locale: Locale): string {
  const list = (labels: string[]) => formatList(locale, labels, 'and');
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

/** "score 86% · coverage 53%", or "no score yet · coverage 0%". */
export function figureWords(icp: Pick<IcpResult, 'score' | 'coverage'>, t: Translate, locale: Locale): string {
  const percent = (value: number) => formatNumber(locale, value, { style: 'percent', maximumFractionDigits: 0 });
  const score = icp.score === null ? t('icp.score.none') : t('icp.score', { score: percent(icp.score) });
  return `${score} · ${t('icp.coverage', { coverage: percent(icp.coverage) })}`;
}

/** An ICP result as the words every screen and export uses. */
export type VerdictWords = {
  /** "No fit". */
  word: string;
  /** "Not yet a customer fails (required)". */
  reason: string;
  /** "score 86% · coverage 53%", only where the score decides the verdict (a required failure or missing data replaces it). */
  figures: string | undefined;
};

/**
 * The verdict, its main reason and, only where the score decides it, the score and coverage: the same
 * words in the panel, the review queue, the TAL list and its export.
 */
export function verdictWords(
  icp: Pick<IcpResult, 'verdict' | 'score' | 'coverage'> & { criteria: readonly ReasonCriterion[] },
  t: Translate,
  locale: Locale,
): VerdictWords {
  const reason = verdictReason(icp);
  return {
    word: t(VERDICT_WORDS[icp.verdict]),
    reason: reasonWords(reason, t, locale),
    figures: reason.kind === 'checks' ? figureWords(icp, t, locale) : undefined,
  };
}

/** "No fit — Not yet a customer fails (required)", "Fit — 5 of 5 checks pass · score 100% · coverage 40%": one line, for tables and files. */
export function verdictLine(words: VerdictWords): string {
  return `${words.word} — ${words.reason}${words.figures ? ` · ${words.figures}` : ''}`;
}
