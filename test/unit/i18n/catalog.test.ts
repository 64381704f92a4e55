import { describe, expect, it } from 'vitest';
import { CATALOGS, createTranslator, expandPlurals, LOCALES, resolveLocale } from '@/lib/i18n';
import { FEATURE_CATALOGS } from '@/lib/i18n/catalog';

describe('translations', () => {
  it('every key has a non-empty string in every shipped locale', () => {
    const keys = Object.keys(CATALOGS.en);
    expect(keys.length).toBeGreaterThan(10);
    for (const locale of LOCALES) {
      expect(Object.keys(CATALOGS[locale]).sort()).toEqual([...keys].sort());
      for (const key of keys) expect(CATALOGS[locale][key as keyof typeof CATALOGS.en].trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('no key is defined by two features', () => {
    const seen = new Map<string, number>();
    FEATURE_CATALOGS.forEach((feature, index) => {
      for (const key of Object.keys(feature.en)) {
        expect(seen.get(key), `${key} in features ${seen.get(key)} and ${index}`).toBeUndefined();
        seen.set(key, index);
      }
    });
  });

  it('translations keep the variables of the English text, as placeholders or plural counts', () => {
    for (const [key, text] of Object.entries(CATALOGS.en)) {
      for (const locale of LOCALES) {
        expect(variables(CATALOGS[locale][key as keyof typeof CATALOGS.en]), `${locale} ${key}`).toEqual(variables(text));
      }
    }
  });

  it('every plural block is well formed and has an other branch', () => {
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(CATALOGS[locale])) {
        // With no branch of the category, `other` is taken: an empty result means it is missing.
        const expanded = expandPlurals(text, () => ({ count: Number.NaN, category: 'two', text: '' }));
        expect(expanded, `${locale} ${key}`).not.toMatch(/\{\w+,\s*plural,/);
        if (/\{\w+,\s*plural,/.test(text)) expect(expanded, `${locale} ${key}`).not.toBe(text);
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

  it('expands plural blocks by category, exact count first, and leaves a block without a count as written', () => {
    const ru = new Intl.PluralRules('ru');
    const countOf = (value: number) => () => ({ count: value, category: ru.select(value), text: String(value) });
    const template = '{n, plural, =0 {нет строк} one {# строка} few {# строки} many {# строк} other {# строки}} в {file}';
    expect(expandPlurals(template, countOf(0))).toBe('нет строк в {file}');
    expect(expandPlurals(template, countOf(21))).toBe('21 строка в {file}');
    expect(expandPlurals(template, countOf(3))).toBe('3 строки в {file}');
    expect(expandPlurals(template, countOf(11))).toBe('11 строк в {file}');
    expect(expandPlurals(template, () => null)).toBe(template);
    // A branch may hold placeholders, filled afterwards by the translator.
    expect(expandPlurals('{n, plural, one {# row of {file}} other {# rows of {file}}}', countOf(2))).toBe('2 rows of {file}');
    // Not a well-formed block: left as written rather than cut.
    expect(expandPlurals('{n, plural, one {# row}', countOf(1))).toBe('{n, plural, one {# row}');
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

/** The variables a message uses: its plural counts and the placeholders of its text and branches. */
function variables(text: string): string[] {
  const counts = [...text.matchAll(/\{(\w+),\s*plural,/g)].map((match) => match[1] as string);
  const branches: string[] = [];
  const plain = expandPlurals(text, () => ({ count: Number.NaN, category: 'other', text: '' }));
  for (const category of ['zero', 'one', 'two', 'few', 'many'] as const) {
    branches.push(expandPlurals(text, () => ({ count: Number.NaN, category, text: '' })));
  }
  const placeholders = [plain, ...branches].flatMap((part) => [...part.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string));
  return [...new Set([...counts, ...placeholders])].sort();
}
