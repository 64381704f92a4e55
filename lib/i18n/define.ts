export const LOCALES = ['en', 'ru', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
