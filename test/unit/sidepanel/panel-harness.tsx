import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen } from '@testing-library/react';
import { expect } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { App } from '@/entrypoints/sidepanel/App';
import { createExtensionPanelServices } from '@/entrypoints/sidepanel/data/panel-services';
import { type PanelServices, PanelServicesProvider } from '@/entrypoints/sidepanel/services';
import type { RecognizeTab } from '@/entrypoints/sidepanel/store';
import { createTalDb, seedDemoData, type TalDb } from '@/lib/db';
import type { Locale } from '@/lib/i18n';
import { activeTabItem, localeSetting } from '@/lib/settings/items';

const EXAMPLES = path.resolve(import.meta.dirname, '../../fixtures/examples');

/** The demo data (the shared examples' playbook and accounts), read from test/fixtures; a missing file fails the test. */
export function demoTexts() {
  return {
    playbookJson: readFileSync(path.join(EXAMPLES, 'playbook.json'), 'utf8'),
    accountsCsv: readFileSync(path.join(EXAMPLES, 'accounts.csv'), 'utf8'),
  };
}

export type PanelTestOptions = {
  seed?: boolean;
  /** Holds recognition of a URL until the promise settles (to catch what shows meanwhile). */
  slowRecognition?: (url: string) => Promise<void>;
  /** Replaces recognition altogether (to give candidates without page signals). */
  recognize?: RecognizeTab;
};

/** A fresh database (fake-indexeddb) with the demo data loaded, and the extension's own panel services over it. */
export async function panelServices(options: PanelTestOptions = {}) {
  const db: TalDb = createTalDb(`panel-test-${crypto.randomUUID()}`);
  if (options.seed !== false) await seedDemoData(db, demoTexts());
  const { recognize, slowRecognition } = options;
  const services = createExtensionPanelServices({
    db,
    wrapRecognize: (real) =>
      recognize ??
      (async (tab) => {
        await slowRecognition?.(tab.url);
        return real(tab);
      }),
  });
  return { db, services };
}

/** Renders the panel over the services in a locale; `open(url)` makes a page the active tab. */
export async function renderPanel(services: PanelServices, locale: Locale = 'en') {
  await localeSetting.setValue(locale);
  let tabIds = 0;
  const view = render(
    <I18nProvider initial={locale}>
      <PanelServicesProvider services={services}>
        <App />
      </PanelServicesProvider>
    </I18nProvider>,
  );
  return {
    ...view,
    /** Makes a page the active tab; returns the tab's id. */
    async open(url: string, tabId = ++tabIds) {
      await activeTabItem.setValue({ tabId, windowId: 1, url, at: Date.now() });
      return tabId;
    },
  };
}

/**
 * Waits until the panel shows this account whole: its verdict (the glance, committed first) and the
 * sections below it (the checklist, priority, segments and company card, rendered just after).
 */
export async function accountShown(accountId: string) {
  await expect.poll(() => screen.queryByTestId('verdict')?.getAttribute('data-account-id')).toBe(accountId);
  await screen.findByRole('button', { name: /^(Not this company\?|Не та компания\?|不是这家公司？)$/ });
  return screen.getByTestId('verdict');
}
