import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { createTranslator, type Locale, resolveLocale, type Translate } from '@/lib/i18n';
import { type LocaleSetting, LocaleSettingSchema, localeSetting } from '@/lib/settings/items';

type I18n = { locale: Locale; t: Translate; setting: LocaleSetting };

const I18nContext = createContext<I18n>({ locale: 'en', t: createTranslator('en'), setting: 'auto' });

/** The locale of a setting: `auto` follows the browser's language. */
export function localeOf(setting: LocaleSetting, browserLanguage = globalThis.navigator?.language): Locale {
  return setting === 'auto' ? resolveLocale(browserLanguage) : setting;
}

/** Provides `t()` for the chosen locale and re-renders when the language setting changes. */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: LocaleSetting }) {
  const [setting, setSetting] = useState<LocaleSetting>(initial ?? 'auto');
  useEffect(() => {
    let live = true;
    const apply = (value: unknown) => {
      const parsed = LocaleSettingSchema.safeParse(value);
      if (live) setSetting(parsed.success ? parsed.data : 'auto');
    };
    localeSetting.getValue().then(apply, () => apply('auto'));
    const unwatch = localeSetting.watch(apply);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  const value = useMemo(() => {
    const locale = localeOf(setting);
    return { locale, t: createTranslator(locale), setting };
  }, [setting]);
  useEffect(() => {
    document.documentElement.lang = value.locale;
  }, [value.locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The translator and locale of the nearest I18nProvider. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
