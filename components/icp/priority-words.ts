import { formatList, formatNumber, type Locale, type Translate } from '@/lib/i18n';
import { fieldFormat, fieldLabel } from '@/lib/rules/format-values';
import type { FactorContribution, PriorityExplanation } from '@/lib/rules/priority-explain';

/** A priority factor's name as people say it: "ICP fit", or the field's name ("Intent score"). */
export function factorLabel(factor: Pick<FactorContribution, 'field'>, t: Translate): string {
  return factor.field === undefined ? t('priority.factor.icp') : fieldLabel(factor.field, t);
}

/** A factor's value as people say it: "100%" for the ICP fit, "81", "$240M"; undefined when missing. */
export function factorValueText(
  factor: Pick<FactorContribution, 'field'>,
  raw: number | undefined,
  locale: Locale,
  currency: string,
  t: Translate,
): string | undefined {
  if (raw === undefined) return undefined;
  if (factor.field === undefined) return formatNumber(locale, raw, { style: 'percent', maximumFractionDigits: 0 });
  return fieldFormat(factor.field, locale, currency, t).value(raw);
}

/** "ICP fit 100%, Intent score 81, Engagement score 55": the factors that give the most points, with their values. */
export function priorityReasons(why: PriorityExplanation, locale: Locale, currency: string, t: Translate, limit = 3): string {
  const parts = why.factors
    .filter((factor) => factor.points > 0)
    .slice(0, limit)
    .map((factor) => `${factorLabel(factor, t)} ${factorValueText(factor, factor.raw, locale, currency, t)}`);
  return formatList(locale, parts);
}

/** "To reach tier 1:1 (15.7 more points): Intent score 95." or that no single factor does it; undefined at the top tier. */
export function nextTierWords(why: PriorityExplanation, locale: Locale, currency: string, t: Translate): string | undefined {
  if (why.next === null) return undefined;
  const { tier, gap, moves } = why.next;
  const params = { tier: tier.name ?? tier.id, gap: formatNumber(locale, gap, { maximumFractionDigits: 1 }) };
  if (moves.length === 0) return t('priority.next.none', params);
  const options = moves.map((move) => `${factorLabel(move.factor, t)} ${factorValueText(move.factor, move.needed, locale, currency, t)}`);
  return t('priority.next', { ...params, moves: formatList(locale, options, 'or') });
}
