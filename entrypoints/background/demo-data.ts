import { browser } from 'wxt/browser';
import { createTalDb, type DemoTexts, seedDemoData, type TalDb } from '@/lib/db';
import { demoSeededItem } from '@/lib/settings/items';

/** Reads the demo playbook and accounts shipped in public/demo/. */
export async function readDemoTexts(
  fetcher: typeof fetch = fetch,
  url = (path: string) => browser.runtime.getURL(path as '/'),
): Promise<DemoTexts> {
  const read = async (path: string) => {
    const response = await fetcher(url(path));
    if (!response.ok) throw new Error(`cannot read ${path}: HTTP ${response.status}`);
    return response.text();
  };
  const [playbookJson, accountsCsv] = await Promise.all([read('/demo/playbook.json'), read('/demo/accounts.csv')]);
  return { playbookJson, accountsCsv };
}

/** Replaces the cache with the demo data (the Settings action, and first install). */
export async function resetDemoData(db: TalDb, texts: () => Promise<DemoTexts> = readDemoTexts) {
  const result = await seedDemoData(db, await texts());
  await demoSeededItem.setValue(true);
  return result;
}

/** On first install the cache holds demo data, so the product shows something at once. */
export function setupDemoData(db: TalDb = createTalDb(), api = browser, texts: () => Promise<DemoTexts> = readDemoTexts) {
  api.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    demoSeededItem
      .getValue()
      .then((seeded) => (seeded ? undefined : resetDemoData(db, texts)))
      .catch((error: unknown) => console.error('TAL Scout: could not load the demo data', error));
  });
}
