import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '@/components/i18n';
import type { Locale } from '@/lib/i18n';
import { localeSetting } from '@/lib/settings/items';

/** Renders a component in a locale: the setting is stored first, so the provider keeps it once it reads storage. */
export async function renderIn(ui: ReactElement, locale: Locale = 'en') {
  await localeSetting.setValue(locale);
  return render(<I18nProvider initial={locale}>{ui}</I18nProvider>);
}
