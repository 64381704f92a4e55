import { describe, expect, it } from 'vitest';
import { CATALOGS, createTranslator, LOCALES, resolveLocale } from '@/lib/i18n';
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

  it('translations keep the placeholders of the English text', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of Object.entries(CATALOGS.en)) {
      for (const locale of LOCALES) {
        expect(placeholders(CATALOGS[locale][key as keyof typeof CATALOGS.en]), `${locale} ${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('fills placeholders and formats numbers for the locale', () => {
    expect(createTranslator('en')('settings.resetDemo.done', { count: 1800 })).toBe('Demo data loaded: 1,800 accounts.');
    expect(createTranslator('ru')('settings.resetDemo.done', { count: 1800 })).toBe('Демо-данные загружены: аккаунтов — 1\u00a0800.');
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
