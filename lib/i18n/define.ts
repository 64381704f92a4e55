export const LOCALES = ['en', 'ru', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * One feature's strings in every shipped locale. English is the source of keys; the type makes a
 * missing or extra Russian or Chinese key a compile error (and test/unit/i18n checks it at run time).
 */
export function defineMessages<const E extends Record<string, string>>(en: E, ru: Record<keyof E, string>, zhCN: Record<keyof E, string>) {
  return { en, ru, 'zh-CN': zhCN } as { en: E; ru: Record<keyof E, string>; 'zh-CN': Record<keyof E, string> };
}
