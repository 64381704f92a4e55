import { CATALOGS, type MessageKey } from './catalog';
import { LOCALES, type Locale } from './define';

export type { MessageKey } from './catalog';
export { CATALOGS } from './catalog';
export { LOCALES, type Locale } from './define';

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The shipped locale closest to a BCP 47 tag (`ru-RU` → ru, `zh-Hans-CN` → zh-CN); English otherwise. */
export function resolveLocale(tag: string | undefined): Locale {
  const lower = (tag ?? '').toLowerCase();
  const exact = LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  if (lower.startsWith('ru')) return 'ru';
  if (lower.startsWith('zh')) return 'zh-CN';
  return 'en';
}

/** Formats a number for the locale (`1,800`, `1 800`). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** A translator for one locale: `{name}` placeholders take params, numbers formatted for the locale. */
export function createTranslator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  return (key, params) => {
    const template = catalog[key] ?? CATALOGS.en[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(locale, value) : value;
    });
  };
}
