import {
  isArgumentElement,
  isPluralElement,
  isSelectElement,
  type MessageFormatElement,
  parse,
  TYPE,
} from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS, type MessageKey } from './catalog';
import { LOCALES, type Locale } from './define';

export type { MessageKey } from './catalog';
export { CATALOGS } from './catalog';
export { LOCALES, type Locale } from './define';
export { formatDate, formatList, formatMoney, formatNumber } from './format';

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

/** One message made ready: its compiled form, and the arguments that choose a plural or select branch. */
type Compiled = { format: IntlMessageFormat; choosers: ReadonlySet<string> };

/** Every element of a parsed message, the branches of plurals and selects included. */
function* elementsOf(elements: MessageFormatElement[]): Generator<MessageFormatElement> {
  for (const element of elements) {
    yield element;
    if (isPluralElement(element) || isSelectElement(element)) {
      for (const option of Object.values(element.options)) yield* elementsOf(option.value);
    }
  }
}

/**
 * Compiles a message. A plain `{count}` is formatted as a number of the locale (`1,800`, `1 800`)
 * when the value is a number: intl-messageformat would write it as JavaScript does. The arguments of
 * plurals stay numbers for the plural rules, and their plain mentions become number arguments.
 */
function compile(template: string, locale: Locale): Compiled {
  const ast = parse(template);
  const choosers = new Set<string>();
  const counts = new Set<string>();
  for (const element of elementsOf(ast)) {
    if (isPluralElement(element)) counts.add(element.value);
    if (isPluralElement(element) || isSelectElement(element)) choosers.add(element.value);
  }
  // A plural's count written out is a number; a select's value written out stays text (`tier {tier}`).
  for (const element of elementsOf(ast)) {
    if (isArgumentElement(element) && counts.has(element.value)) Object.assign(element, { type: TYPE.number, style: null });
  }
  return { format: new IntlMessageFormat(ast, locale), choosers };
}

/**
 * A translator for one locale: each message is an ICU MessageFormat pattern (`{name}`, `{count, plural,
 * one {# row} other {# rows}}`, `{kind, select, …}`) formatted by intl-messageformat for the locale
 * (numbers, plural rules), compiled once per key. A message asked without params is given as written.
 */
export function createTranslator(locale: Locale): Translate {
  const catalog = CATALOGS[locale];
  const compiled = new Map<MessageKey, Compiled>();
  const numbers = new Intl.NumberFormat(locale);
  return (key, params) => {
    const template = catalog[key] ?? CATALOGS.en[key] ?? key;
    if (!params) return template;
    let message = compiled.get(key);
    if (!message) {
      message = compile(template, locale);
      compiled.set(key, message);
    }
    const values: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(params)) {
      values[name] = typeof value === 'number' && !message.choosers.has(name) ? numbers.format(value) : value;
    }
    return String(message.format.format(values));
  };
}
