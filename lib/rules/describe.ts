import { createTranslator, formatList, type MessageKey, type MessageParams, type Translate } from '../i18n';
import type { Locale } from '../i18n/define';
import type { EvidenceKey, EvidenceParams, RuleEvidence } from './evidence';
import { fieldFormat, formatFor, type ListSense, numberParam } from './format-values';
import type { HealthCheckId } from './health-report';

const SEPARATOR: Record<Locale, string> = { en: '; ', ru: '; ', 'zh-CN': '；' };
const translators = new Map<Locale, Translate>();
const translatorFor = (locale: Locale) => {
  let t = translators.get(locale);
  if (!t) {
    t = createTranslator(locale);
    translators.set(locale, t);
  }
  return t;
};

/** A kind of value as the `evidence.wrongType` message selects it. */
const KIND: Record<string, string> = {
  number: 'number',
  date: 'date',
  text: 'text',
  boolean: 'boolean',
  'single-value': 'single',
  'list-or-text': 'list',
};

/**
 * The ICU params of one rule's evidence: text values formatted for the locale (`1,800`, lists joined),
 * and the choices the messages select on (status; which bounds; whether a value is present; how old a
 * date is).
 */
function evidenceParams(evidence: RuleEvidence, locale: Locale, currency: string): MessageParams {
  const p = evidence.params;
  const f = fieldFormat(String(p.field ?? ''), locale, currency, translatorFor(locale));
  const min = numberParam(p.min);
  const max = numberParam(p.max);
  const ageDays = numberParam(p.days);
  return {
    field: f.label,
    actual: f.value(p.actual),
    value: f.value(p.value, LIST_SENSE[evidence.key] ?? 'plain'),
    status: evidence.status === 'pass' ? 'pass' : 'fail',
    bounds: min !== undefined && max !== undefined ? 'both' : min !== undefined ? 'min' : max !== undefined ? 'max' : 'none',
    min: min === undefined ? '' : f.value(min),
    max: max === undefined ? '' : f.value(max),
    present: p.actual !== null && p.actual !== undefined ? 'yes' : 'no',
    n: numberParam(p.value) ?? 0,
    age: ageDays === undefined ? 'none' : ageDays === 0 ? 'today' : ageDays > 0 ? 'past' : 'future',
    ageDays: Math.abs(ageDays ?? 0),
    kind: KIND[String(p.expected)] ?? 'list',
    op: String(p.op ?? ''),
  };
}

/** How a rule's list of values reads: one of them for in, nin and containsAny; all of them for containsAll. */
const LIST_SENSE: Partial<Record<EvidenceKey, ListSense>> = {
  'evidence.in': 'or',
  'evidence.nin': 'or',
  'evidence.containsAny': 'or',
  'evidence.containsAll': 'and',
};

/**
 * Rule evidence in people's words, in English, Russian or Chinese (ICU messages `evidence.*`), with
 * field names as people say them and money in the playbook's `currency`:
 * "Annual revenue $240M — within $5M–$2B", "Годовая выручка 240 млн $ — в пределах 5 млн $–2 млрд $".
 */
export function describeEvidence(evidence: RuleEvidence, locale: Locale = 'en', currency = 'USD'): string {
  const t = translatorFor(locale);
  if (evidence.key === 'evidence.all' || evidence.key === 'evidence.any' || evidence.key === 'evidence.not') {
    const inner = (evidence.children ?? []).map((child) => describeEvidence(child, locale, currency)).join(SEPARATOR[locale] ?? '; ');
    return t(evidence.key, { inner });
  }
  return t(evidence.key satisfies EvidenceKey & MessageKey, evidenceParams(evidence, locale, currency));
}

/** A health check's detail in English, Russian or Chinese, from its id and params (ICU messages `health.*`). */
export function describeHealthCheck(check: { id: HealthCheckId; params: EvidenceParams }, locale: Locale = 'en'): string {
  const t = translatorFor(locale);
  const f = formatFor(locale);
  const p = check.params;
  const count = (value: unknown) => numberParam(value as EvidenceParams[string]) ?? 0;
  if (check.id === 'segment-count') {
    const n = count(p.count);
    const band = n >= 4 && n <= 5 ? 'sweet' : n >= 2 && n <= 3 ? 'start' : n > 5 ? 'many' : 'few';
    return t('health.segment-count', { count: n, band });
  }
  if (check.id === 'segment-size') {
    const small = Array.isArray(p.small) ? p.small : [];
    const sizes = Array.isArray(p.sizes) ? p.sizes : [];
    if (small.length === 0) return t('health.segment-size.ok', { min: count(p.min) });
    const list = small.map(
      (id, i) => `${id}${locale === 'zh-CN' ? '（' : ' ('}${f.value(sizes[i] ?? 0)}${locale === 'zh-CN' ? '）' : ')'}`,
    );
    return t('health.segment-size.small', { min: count(p.min), list: formatList(locale, list) });
  }
  const [all, none, many, undecided] = [p.accounts, p.unassigned, p.overlapping, p.undecided].map(count) as [
    number,
    number,
    number,
    number,
  ];
  if (none === 0 && many === 0) return t('health.one-segment-each.ok', { all });
  const parts: string[] = [];
  if (none > 0) parts.push(t('health.one-segment-each.none', { none, all, undecided }));
  if (many > 0) parts.push(t('health.one-segment-each.many', { many }));
  return `${parts.join(SEPARATOR[locale])}${locale === 'zh-CN' ? '。' : '.'}`;
}
