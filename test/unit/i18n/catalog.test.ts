import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS, createTranslator, LOCALES, resolveLocale } from '@/lib/i18n';

describe('translations', () => {
  it('every key has a non-empty string in every shipped locale', () => {
    const keys = Object.keys(CATALOGS.en);
    expect(keys.length).toBeGreaterThan(10);
    for (const locale of LOCALES) {
      expect(Object.keys(CATALOGS[locale]).sort()).toEqual([...keys].sort());
      for (const key of keys) expect(CATALOGS[locale][key as keyof typeof CATALOGS.en].trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('translations keep the variables of the English text, as placeholders or plural counts', () => {
    for (const [key, text] of Object.entries(CATALOGS.en)) {
      for (const locale of LOCALES) {
        expect(variables(CATALOGS[locale][key as keyof typeof CATALOGS.en]), `${locale} ${key}`).toEqual(variables(text));
      }
    }
  });

  it('every message is well-formed ICU MessageFormat, each plural and select with an other branch', () => {
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(CATALOGS[locale])) {
        const elements = parse(text);
        for (const element of walk(elements)) {
          if (element.type === TYPE.plural || element.type === TYPE.select) expect(element.options.other, `${locale} ${key}`).toBeDefined();
        }
      }
    }
  });

  it('fills placeholders and formats numbers for the locale', () => {
    expect(createTranslator('en')('settings.resetDemo.done', { count: 1800 })).toBe('Demo data loaded: 1,800 accounts.');
    expect(createTranslator('ru')('settings.resetDemo.done', { count: 1800 })).toBe('Демо-данные загружены: аккаунтов — 1\u00a0800.');
  });

  it('takes the plural branch of the count in the locale, with # the formatted count', () => {
    const en = createTranslator('en');
    expect(en('settings.resetDemo.done', { count: 1 })).toBe('Demo data loaded: 1 account.');
    expect(en('settings.resetDemo.done', { count: 0 })).toBe('Demo data loaded: 0 accounts.');
    expect(en('data.issues.summary', { errors: 1, warnings: 12000 })).toBe('1 error (rows left out), 12,000 warnings (values left empty)');
    expect(en('data.sample.first', { rows: 1, valid: 1, errors: 0, warnings: 2 })).toBe(
      'The first row with this mapping: 1 account, 0 errors, 2 warnings.',
    );
  });

  it('says "из 1 строки" and "из 5 строк" in Russian, by the count', () => {
    const ru = createTranslator('ru');
    const done = (rows: number) => ru('data.result.done', { valid: 1, rows, file: 'a.csv', accounts: 1 });
    expect(done(1)).toBe('Импортировано 1 из 1 строки из a.csv. В кэше аккаунтов: 1.');
    expect(done(21)).toBe('Импортировано 1 из 21 строки из a.csv. В кэше аккаунтов: 1.');
    expect(done(5)).toBe('Импортировано 1 из 5 строк из a.csv. В кэше аккаунтов: 1.');
    expect(done(3)).toBe('Импортировано 1 из 3 строк из a.csv. В кэше аккаунтов: 1.');
  });

  it.each([
    ['ru-RU', 'ru'],
    ['ru', 'ru'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ])('resolves browser language %s to %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });
});

/** Every element of a parsed message, the branches of plurals and selects included. */
function* walk(elements: MessageFormatElement[]): Generator<MessageFormatElement> {
  for (const element of elements) {
    yield element;
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) yield* walk(option.value);
    }
    if (element.type === TYPE.tag) yield* walk(element.children);
  }
}

/** The variables a message uses: its arguments, plural counts and selects, in every branch. */
function variables(text: string): string[] {
  const names = [...walk(parse(text))].flatMap((element) =>
    element.type !== TYPE.literal && 'value' in element ? [String(element.value)] : [],
  );
  return [...new Set(names)].sort();
}
