import { formatNumber } from '../i18n';
import type { Locale } from '../i18n/define';
import type { EvidenceParams } from './evidence';

type Param = EvidenceParams[string];

/** Locale-aware pieces the evidence and health messages' params are made of. */
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

/** A number parameter, or undefined when the parameter is not a number. */
export const numberParam = (param: Param | undefined): number | undefined => (typeof param === 'number' ? param : undefined);
