import type { Locale } from './define';
import en from './messages/en';
import fields from './messages/fields';
import ru from './messages/ru';
import zhCN from './messages/zh-CN';

/** Every message key: those of the English catalog, and the field names of the field table. */
export type MessageKey = keyof typeof en | keyof (typeof fields)['en'];

/** The full catalog per locale: one file per locale (ICU MessageFormat), plus the field names. */
export const CATALOGS: Record<Locale, Record<MessageKey, string>> = {
  en: { ...en, ...fields.en },
  ru: { ...ru, ...fields.ru },
  'zh-CN': { ...zhCN, ...fields['zh-CN'] },
};
