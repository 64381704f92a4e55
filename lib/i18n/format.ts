import type { Locale } from './define';

/**
 * Intl formatters made once per locale and options: making one costs far more than using it, and a
 * panel formats dozens of values each time it shows a company. The options are the code's own, so
 * the cache stays small.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Formats a number for the locale (`1,800`, `1 800`). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return cached(`n|${locale}|${options ? JSON.stringify(options) : ''}`, () => new Intl.NumberFormat(locale, options)).format(value);
}

/**
 * An amount of money in the playbook's currency, short, as people say it: `$240M`, `240 млн $`,
 * `2.4亿美元` (Chinese names the currency: `US$2.4亿` reads as code). A currency code Intl does
 * not know is written after the number.
 */
export function formatMoney(locale: Locale, value: number, currency: string): string {
  const compact = { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 } as const;
  try {
    return formatNumber(locale, value, {
      ...compact,
      style: 'currency',
      currency,
      currencyDisplay: locale === 'zh-CN' ? 'name' : 'symbol',
    });
  } catch {
    return `${formatNumber(locale, value, compact)} ${currency}`;
  }
}

/**
 * An ISO date or date-time as the locale writes a date (`Nov 2, 2026`); a date without a time is
 * not shifted by the time zone. Text that is not a date comes back as it is.
 */
export function formatDate(locale: Locale, iso: string): string {
  const at = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso) || Number.isNaN(at.getTime())) return iso;
  const utc = iso.length === 10;
  return cached(
    `d|${locale}|${utc}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(utc ? { timeZone: 'UTC' } : {}) }),
  ).format(at);
}

/** A list as the locale joins it: `a, b, and c` (and), `a, b, or c` (or), `a, b` (a plain list). */
export function formatList(locale: Locale, items: readonly string[], type: 'and' | 'or' | 'plain' = 'plain'): string {
  // Intl's unit lists run Chinese and Russian items together ("SalesforceHubSpot"): a plain list is joined here.
  if (type === 'plain') return items.join(locale === 'zh-CN' ? '、' : ', ');
  return cached(`l|${locale}|${type}`, () => new Intl.ListFormat(locale, { type: type === 'and' ? 'conjunction' : 'disjunction' })).format(
    items,
  );
}
