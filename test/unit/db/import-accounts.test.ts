import { describe, expect, it } from 'vitest';
import { ImportCancelledError, importAccounts, NothingToImportError, openAccountCache, readActiveCache } from '../../../lib/db';
import { createGenerationWriter } from '../../../lib/db/generation-writer';
import { collectGarbage } from '../../../lib/db/generations';
import { startInProcessImport } from '../../../lib/db/import-pipeline/start-import';
import { prepareAccounts } from '../../../lib/db/prepare-accounts';
import { fixedClock, freshDb, readRepoFile } from './helpers';

const salesforceCsv = readRepoFile('test/fixtures/examples/salesforce-export.csv');
const hubspotCsv = readRepoFile('test/fixtures/examples/hubspot-export.csv');
const now = fixedClock();

async function tableCounts(db: ReturnType<typeof freshDb>) {
  return {
    generations: await db.generations.count(),
    accountChunks: await db.accountChunks.count(),
    keyBuckets: await db.keyBuckets.count(),
    namePages: await db.namePages.count(),
  };
}

describe('importAccounts', () => {
  it('makes the file the queryable cache and records the import', async () => {
    const db = freshDb();
    const { report, record } = await importAccounts(db, [salesforceCsv], { fileName: 'salesforce-export.csv', mode: 'replace', now });
    expect(report.valid).toBe(6);
    expect(record).toMatchObject({
      fileName: 'salesforce-export.csv',
      mode: 'replace',
      rows: 8,
      valid: 6,
      errors: 2,
      warnings: 2,
      accounts: 6,
    });
    expect(record.at).toBe('2026-11-23T00:00:00.000Z');
    const cache = openAccountCache(db);
    expect(await cache.count()).toBe(6);
    expect(await cache.find({ kind: 'domain', value: 'acme-robotics.de' })).toEqual(['0015g00000AbCdEAAV']);
    expect(await cache.find({ kind: 'crm-id', value: 'salesforce:0015g00000AbCdE' })).toEqual(['0015g00000AbCdEAAV']);
    expect(await cache.find({ kind: 'name', value: 'stark industries' })).toEqual(['0015g00000AbCdJAAV']);
    expect(await cache.find({ kind: 'domain', value: 'unknown.com' })).toEqual([]);
    expect((await cache.getAccount('0015g00000AbCdKAAV'))?.name).toBe('Wayne Enterprises');
    expect(await cache.getAccount('nope')).toBeUndefined();
    expect((await cache.searchByName('glob', 5)).map((a) => a.name)).toEqual(['Globex Corporation']);
    expect((await readActiveCache(db))?.import.fileName).toBe('salesforce-export.csv');
  });

  it('says the new cache is active before it deletes the replaced one, and settles once that is deleted', async () => {
    const db = freshDb();
    const first = await importAccounts(db, [salesforceCsv], { fileName: 'sf.csv', mode: 'replace', now });
    const seen: { generations: number[]; active: number | undefined; accounts: number; result: number }[] = [];
    const second = await importAccounts(db, [hubspotCsv], {
      fileName: 'hs.csv',
      mode: 'replace',
      now,
      onCommitted: ({ record }) => {
        // Told synchronously, before the replaced generation's deletion starts: read what is there now.
        const generations = db.generations.toCollection().primaryKeys();
        const active = readActiveCache(db);
        seen.push({ generations: [], active: undefined, accounts: record.accounts, result: record.generation });
        void Promise.all([generations, active]).then(([keys, cache]) => {
          Object.assign(seen[0] as object, { generations: keys, active: cache?.generation.generation });
        });
      },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual({
      generations: [first.record.generation, second.record.generation],
      active: second.record.generation,
      accounts: 4,
      result: second.record.generation,
    });
    // Once the import has settled, the replaced generation is gone.
    expect(await db.generations.toCollection().primaryKeys()).toEqual([second.record.generation]);
  });

  it('settles an import run once it has stopped working, whether it succeeded or failed', async () => {
    const db = freshDb();
    const ok = startInProcessImport({ db, file: new File([salesforceCsv], 'sf.csv'), mode: 'replace', mapping: {} }, () => {});
    const order: string[] = [];
    await Promise.all([ok.done.then(() => order.push('done')), ok.settled.then(() => order.push('settled'))]);
    expect(order).toEqual(['done', 'settled']);
    const failed = startInProcessImport({ db, file: new File(['id,name\n'], 'empty.csv'), mode: 'replace', mapping: {} }, () => {});
    await expect(failed.done).rejects.toBeInstanceOf(NothingToImportError);
    await expect(failed.settled).resolves.toBeUndefined();
  });

  it('never deletes a generation it has made active, even when told so after the commit', async () => {
    const db = freshDb();
    const writer = await createGenerationWriter(db, now);
    await writer.append(prepareAccounts([{ id: 'A1', name: 'Acme' }] as never));
    const record = await writer.commit({
      at: now().toISOString(),
      fileName: 'a.csv',
      mode: 'replace',
      rows: 1,
      valid: 1,
      errors: 0,
      warnings: 0,
      mapping: {},
    });
    await writer.abort();
    expect((await readActiveCache(db))?.generation.generation).toBe(record.generation);
    expect(await openAccountCache(db).count()).toBe(1);
  });

  it('replaces the cache on re-import and deletes the replaced generation', async () => {
    const db = freshDb();
    await importAccounts(db, [salesforceCsv], { fileName: 'sf.csv', mode: 'replace', now });
    await importAccounts(db, [hubspotCsv], { fileName: 'hs.csv', mode: 'replace', now });
    const cache = openAccountCache(db);
    expect(await cache.count()).toBe(4);
    expect(await cache.getAccount('0015g00000AbCdEAAV')).toBeUndefined();
    expect(await cache.find({ kind: 'domain', value: 'hooli.xyz' })).toEqual(['9001']);
    expect((await tableCounts(db)).generations).toBe(1);
  });

  it('merges by id: the file’s accounts first (updated or new), then the untouched previous ones', async () => {
    const db = freshDb();
    await importAccounts(db, [salesforceCsv], { fileName: 'sf.csv', mode: 'replace', now });
    const update = 'Account ID,Account Name,Website\n0015g00000AbCdKAAV,Wayne Enterprises Renamed,wayne.com\nNEW1,Newco,newco.io\n';
    const { record } = await importAccounts(db, [update], { fileName: 'update.csv', mode: 'merge', now });
    expect(record).toMatchObject({ mode: 'merge', valid: 2, accounts: 7 });
    const cache = openAccountCache(db);
    expect(await cache.count()).toBe(7);
    expect(await cache.getAccount('0015g00000AbCdKAAV')).toEqual({
      id: '0015g00000AbCdKAAV',
      name: 'Wayne Enterprises Renamed',
      domain: 'wayne.com',
      salesforceId: '0015g00000AbCdKAAV',
    });
    expect(await cache.find({ kind: 'domain', value: 'newco.io' })).toEqual(['NEW1']);
    expect(await cache.find({ kind: 'domain', value: 'acme-robotics.de' })).toEqual(['0015g00000AbCdEAAV']);
    expect(await cache.find({ kind: 'name', value: 'wayne enterprises' })).toEqual([]);
  });

  it('leaves the previous cache whole and in use when the file fails halfway', async () => {
    const db = freshDb();
    await importAccounts(db, [salesforceCsv], { fileName: 'sf.csv', mode: 'replace', now });
    const before = await tableCounts(db);
    function* failingHalfway() {
      yield 'id,name,domain\n';
      for (let i = 0; i < 3000; i++) yield `X${i},Company ${i},company${i}.com\n`;
      throw new Error('disk read failed');
    }
    await expect(importAccounts(db, failingHalfway(), { fileName: 'big.csv', mode: 'replace', now })).rejects.toThrow('disk read failed');
    const cache = openAccountCache(db);
    expect(await cache.count()).toBe(6);
    expect(await cache.find({ kind: 'domain', value: 'acme-robotics.de' })).toEqual(['0015g00000AbCdEAAV']);
    expect(await cache.find({ kind: 'domain', value: 'company1.com' })).toEqual([]);
    expect(await tableCounts(db)).toEqual(before);
  });

  it('leaves the previous cache whole when cancelled', async () => {
    const db = freshDb();
    await importAccounts(db, [salesforceCsv], { fileName: 'sf.csv', mode: 'replace', now });
    const before = await tableCounts(db);
    const controller = new AbortController();
    async function* cancelledAfterSomeRows() {
      yield 'id,name\n';
      for (let i = 0; i < 2000; i++) {
        if (i === 1000) controller.abort();
        yield `X${i},Company ${i}\n`;
      }
    }
    const result = importAccounts(db, cancelledAfterSomeRows(), { fileName: 'big.csv', mode: 'replace', now, signal: controller.signal });
    await expect(result).rejects.toBeInstanceOf(ImportCancelledError);
    expect(await openAccountCache(db).count()).toBe(6);
    expect(await tableCounts(db)).toEqual(before);
  });

  it('keeps the previous cache when the browser closes mid-import, and the next import clears what it left', async () => {
    const db = freshDb();
    await importAccounts(db, [salesforceCsv], { fileName: 'sf.csv', mode: 'replace', now });
    const before = await tableCounts(db);
    // An import that wrote chunks and then never ran again: no commit, no abort.
    const writer = await createGenerationWriter(db, now);
    await writer.append(prepareAccounts(Array.from({ length: 6000 }, (_, i) => ({ id: `X${i}`, name: `Company ${i}` }))));
    const during = await tableCounts(db);
    expect(during.generations).toBe(2);
    expect(during.accountChunks).toBeGreaterThan(before.accountChunks);
    const cache = openAccountCache(db);
    expect(await cache.count()).toBe(6);
    expect(await cache.getAccount('X1')).toBeUndefined();
    // The next writer holds the cache lock, so a `writing` generation it finds is nobody's: it goes at once.
    await importAccounts(db, [salesforceCsv], { fileName: 'sf.csv', mode: 'replace', now });
    // Its 30 chunks of 6,000 accounts are gone: the tables hold the one file's generation again.
    expect(await tableCounts(db)).toEqual(before);
    expect(await openAccountCache(db).count()).toBe(6);
    expect(await collectGarbage(db)).toEqual([]);
  });

  it('refuses a file with no importable row rather than emptying the cache', async () => {
    const db = freshDb();
    await importAccounts(db, [salesforceCsv], { fileName: 'sf.csv', mode: 'replace', now });
    await expect(importAccounts(db, ['id,name\n1,\n,Acme\n'], { fileName: 'bad.csv', mode: 'replace', now })).rejects.toBeInstanceOf(
      NothingToImportError,
    );
    expect(await openAccountCache(db).count()).toBe(6);
  });

  it('passes a file that is not CSV or JSON through as the reader’s error, leaving nothing behind', async () => {
    const db = freshDb();
    await expect(importAccounts(db, ['PK\u0003\u0004'], { fileName: 'book.xlsx', mode: 'replace', now })).rejects.toThrow(/Excel workbook/);
    expect(await tableCounts(db)).toEqual({ generations: 0, accountChunks: 0, keyBuckets: 0, namePages: 0 });
    expect(await openAccountCache(db).count()).toBe(0);
  });

  it('reports progress while reading and indexing', async () => {
    const db = freshDb();
    const phases: string[] = [];
    let last = { charactersRead: 0, rows: 0 };
    await importAccounts(db, ['id,name\n1,Acme\n', '2,Globex\n'], {
      fileName: 'a.csv',
      mode: 'replace',
      now,
      onProgress: (progress) => {
        phases.push(progress.phase);
        last = progress;
      },
    });
    expect(phases.at(-1)).toBe('indexing');
    expect(phases.slice(0, -1).every((phase) => phase === 'reading')).toBe(true);
    expect(phases.length).toBeGreaterThanOrEqual(3);
    expect(last).toMatchObject({ charactersRead: 24, rows: 2, valid: 2 });
  });
});
