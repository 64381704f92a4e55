import { useId } from 'react';
import { useI18n } from '@/components/i18n';
import { LOCALES } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';
import { LocaleSettingSchema, localeSetting } from '@/lib/settings/items';
import { ResetDemoData } from './ResetDemoData';

const LOCALE_NAMES: Record<(typeof LOCALES)[number], string> = { en: 'English', ru: 'Русский', 'zh-CN': '简体中文' };

const resetDemoInBackground = async () => (await sendMessage('resetDemoData')).accounts;

/** Language and demo data. */
export function SettingsSection({ resetDemo = resetDemoInBackground }: { resetDemo?: () => Promise<number> }) {
  const { t } = useI18n();
  const languageId = useId();
  return (
    <>
      <div className="card">
        <label htmlFor={languageId}>{t('settings.language')}</label>{' '}
        <LanguageSelect id={languageId} autoLabel={t('settings.language.auto')} />
      </div>
      <ResetDemoData reset={resetDemo} />
    </>
  );
}

function LanguageSelect({ id, autoLabel }: { id: string; autoLabel: string }) {
  const { setting } = useI18n();
  return (
    <select
      id={id}
      value={setting === 'auto' ? '' : setting}
      onChange={(event) => {
        const parsed = LocaleSettingSchema.safeParse(event.target.value || 'auto');
        if (parsed.success) void localeSetting.setValue(parsed.data);
      }}
    >
      <option value="">{autoLabel}</option>
      {LOCALES.map((code) => (
        <option key={code} value={code}>
          {LOCALE_NAMES[code]}
        </option>
      ))}
    </select>
  );
}
