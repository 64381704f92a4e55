import { useId } from 'react';
import { useI18n } from '@/components/i18n';
import { LOCALES, type Locale } from '@/lib/i18n';
import { LocaleSettingSchema, localeSetting } from '@/lib/settings/items';

/** Each language's own name, so a rep can find theirs whatever the current language. */
const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ru: 'Русский', 'zh-CN': '简体中文' };

/** The interface language: the browser's, or one chosen here (stored, so the panel and the options page follow). */
export function LanguageSetting({ setting = localeSetting }: { setting?: typeof localeSetting }) {
  const { t, setting: current } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('settings.language')}</label>
      <select
        id={id}
        value={current === 'auto' ? '' : current}
        onChange={(event) => {
          const parsed = LocaleSettingSchema.safeParse(event.target.value || 'auto');
          if (parsed.success) void setting.setValue(parsed.data);
        }}
      >
        <option value="">{t('settings.language.auto')}</option>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
