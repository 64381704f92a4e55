import { formatNumber } from '../../i18n';
import type { Locale } from '../../i18n/define';
import type { COMBINATOR_KEYS, EvidenceKey, EvidenceParams, RuleStatus } from '../evidence';
import type { HealthCheckId } from '../health-report';

type Param = EvidenceParams[string];

/** Locale-aware pieces the message functions build sentences from. */
export interface Format {
  /** A number as the locale writes it: `1,800`, `1 800`. */
  num(value: number): string;
  /** Any parameter: numbers formatted, lists joined, a missing value as a dash. */
  value(param: Param | undefined): string;
  /** The plural category of a count (`one`, `few`, `many`, `other`), for languages that need it. */
  plural(count: number): Intl.LDMLPluralRule;
}

const LIST_SEPARATOR: Record<Locale, string> = { en: ', ', ru: ', ', 'zh-CN': '、' };

/** The Format of one locale. */
export function formatFor(locale: Locale): Format {
  const plurals = new Intl.PluralRules(locale);
  const format: Format = {
    num: (value) => formatNumber(locale, value, { maximumFractionDigits: 2 }),
    value(param) {
      if (param === undefined || param === null) return '—';
      if (typeof param === 'number') return format.num(param);
      if (Array.isArray(param)) return param.map((item) => format.value(item)).join(LIST_SEPARATOR[locale]);
      return String(param);
    },
    plural: (count) => plurals.select(count),
  };
  return format;
}

/** A message for one evidence key: the parameters and status in, a sentence out. */
export type EvidenceMessage = (params: EvidenceParams, status: RuleStatus, f: Format) => string;

/** `employees 1,800`: the field and the account's value, the start of most evidence sentences. */
export const subject = (p: EvidenceParams, f: Format) => `${p.field} ${f.value(p.actual)}`;

/** A number parameter, or undefined when the parameter is not a number. */
export const numberParam = (param: Param | undefined): number | undefined => (typeof param === 'number' ? param : undefined);

/** The evidence sentences of one locale; the types make a missing message a compile error. */
export interface EvidenceMessages {
  evidence: Record<Exclude<EvidenceKey, (typeof COMBINATOR_KEYS)[number]>, EvidenceMessage>;
  /** `all of [a; b]`: the children's sentences joined, wrapped in the combinator's words. */
  combinator: Record<'all' | 'any' | 'not', (inner: string) => string>;
}

/** The health check details of one locale. */
export type HealthMessages = Record<HealthCheckId, (params: EvidenceParams, f: Format) => string>;

/** `21 день`, `22 дня`, `25 дней`: a count with the noun form its plural category takes. */
export function counted(count: number, f: Format, one: string, few: string, many: string): string {
  const category = f.plural(count);
  return `${f.num(count)} ${category === 'one' ? one : category === 'few' ? few : many}`;
}
