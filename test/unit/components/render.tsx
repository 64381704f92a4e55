import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '@/components/i18n';
import type { Locale } from '@/lib/i18n';
import { localeSetting } from '@/lib/settings/items';

/**
 * Renders a component in a locale: the setting is stored first, so the provider keeps it once it
 * reads storage. `rerender` keeps the provider, so the component keeps its state, as it does in the app.
 */
export async function renderIn(ui: ReactElement, locale: Locale = 'en') {
  await localeSetting.setValue(locale);
  const wrap = (element: ReactElement) => <I18nProvider initial={locale}>{element}</I18nProvider>;
  const result = render(wrap(ui));
  return { ...result, rerender: (element: ReactElement) => result.rerender(wrap(element)) };
}
