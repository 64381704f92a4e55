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

/**
 * A translator for one locale: `{name}` placeholders take params, numbers formatted for the locale;
 * `{name, plural, one {# row} other {# rows}}` picks the branch of the count's plural category in the
 * locale (`=0` for an exact count, then zero/one/two/few/many/other; `other` when none fits), with `#`
 * the formatted count and `{name}` placeholders inside the branch filled too.
 */
export function createTranslator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  const plurals = new Intl.PluralRules(locale);
  return (key, params) => {
    const template = catalog[key] ?? CATALOGS.en[key] ?? key;
    if (!params) return template;
    // Most messages have no plural block: they skip its parsing.
    const expanded = template.includes('plural,')
      ? expandPlurals(template, (name) => {
          const value = params[name];
          return typeof value === 'number' ? { count: value, category: plurals.select(value), text: formatNumber(locale, value) } : null;
        })
      : template;
    return expanded.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? formatNumber(locale, value) : value;
    });
  };
}

type PluralCount = { count: number; category: Intl.LDMLPluralRule; text: string };

const PLURAL_START = /\{(\w+),\s*plural,/g;
const SELECTOR = /(=\d+|zero|one|two|few|many|other)\s*\{/y;

/** Replaces each `{name, plural, …}` block whose count is known by its branch; blocks without a count stay as written. */
export function expandPlurals(template: string, countOf: (name: string) => PluralCount | null): string {
  let out = '';
  let at = 0;
  PLURAL_START.lastIndex = 0;
  for (let match = PLURAL_START.exec(template); match; match = PLURAL_START.exec(template)) {
    const block = readPluralBlock(template, PLURAL_START.lastIndex);
    const count = countOf(match[1] as string);
    if (!block || !count) continue;
    const branch = block.branches.get(`=${count.count}`) ?? block.branches.get(count.category) ?? block.branches.get('other') ?? '';
    out += template.slice(at, match.index) + branch.replace(/#/g, count.text);
    at = block.end;
    PLURAL_START.lastIndex = block.end;
  }
  return out + template.slice(at);
}

/** The branches (`one {…}`) of a plural block from `start` to its closing brace; null when it is not well formed. */
function readPluralBlock(text: string, start: number): { branches: Map<string, string>; end: number } | null {
  const branches = new Map<string, string>();
  let i = start;
  for (;;) {
    while (text[i] === ' ') i++;
    if (text[i] === '}') return branches.size > 0 ? { branches, end: i + 1 } : null;
    SELECTOR.lastIndex = i;
    const selector = SELECTOR.exec(text);
    if (!selector) return null;
    i = SELECTOR.lastIndex;
    // The branch runs to its matching brace: `{name}` placeholders inside it nest one level.
    let depth = 1;
    const from = i;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
    }
    if (depth > 0) return null;
    branches.set(selector[1] as string, text.slice(from, i - 1));
  }
}
