import { readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readDemoTexts, setupDemoData } from '@/entrypoints/background/demo-data';
import { createTalDb, getActivePlaybook, openAccountCache } from '@/lib/db';
import { demoSeededItem } from '@/lib/settings/items';

const DEMO = path.resolve(import.meta.dirname, '../../../public/demo');
const texts = () =>
  readDemoTexts(async (url) => new Response(readFileSync(path.join(DEMO, String(url).replace(/^.*\/demo\//, '')), 'utf8')));

describe('demo data', () => {
  it('is loaded on first install: the demo playbook and Fabrikam by its domain', async () => {
    const db = createTalDb('demo-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    setupDemoData(db, browser, texts);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await expect.poll(() => demoSeededItem.getValue()).toBe(true);
    expect((await getActivePlaybook(db))?.playbook.name).toBe('FY27 ABM playbook (worksheet example)');
    const cache = await openAccountCache(db);
    const [id] = await cache.find({ kind: 'domain', value: 'fabrikam.io' });
    expect((await cache.getAccount(id!))?.name).toBe('Fabrikam Software');
  });

  it('is not loaded again on an update', async () => {
    const db = createTalDb('demo-update', { indexedDB: new IDBFactory(), IDBKeyRange });
    setupDemoData(db, browser, texts);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false, previousVersion: '0.0.1' });
    expect(await demoSeededItem.getValue()).toBe(false);
    expect(await getActivePlaybook(db)).toBeUndefined();
  });
});
