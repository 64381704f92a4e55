import { createTranslator, resolveLocale, type Translate } from '../i18n';
import { LocaleSettingSchema, localeSetting } from '../settings/items';

/**
 * A translator for the language the user chose now (the same choice as the pages' I18nProvider:
 * `auto` follows the browser), for words that services put into errors shown by the pages.
 */
export async function currentTranslator(
  setting: Pick<typeof localeSetting, 'getValue'> = localeSetting,
  browserLanguage = globalThis.navigator?.language,
): Promise<Translate> {
  const parsed = LocaleSettingSchema.safeParse(await setting.getValue().catch(() => 'auto'));
  const chosen = parsed.success ? parsed.data : 'auto';
  return createTranslator(chosen === 'auto' ? resolveLocale(browserLanguage) : chosen);
}
