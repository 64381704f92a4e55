import { describe, expect, it } from 'vitest';
import { type AccountCache, applyAccountChanges, importAccounts, openAccountCache } from '../../../lib/db';
import { createMemoryAccountCache } from '../../../lib/db/memory-account-cache';
import { accountKeys } from '../../../lib/recognize/keys';
import { fixedClock, freshDb, syntheticAccounts } from './helpers';

const now = fixedClock();

/** Answers of a cache for every key of some accounts, plus misses and name prefixes. */
async function answers(cache: AccountCache, probes: ReturnType<typeof syntheticAccounts>['accounts']) {
  const found: unknown[] = [];
  for (const account of probes) {
    for (const key of accountKeys(account)) found.push([key.kind, key.value, await cache.find(key)]);
    found.push(['get', account.id, (await cache.getAccount(account.id))?.name]);
  }
  for (const prefix of ['acme', 'ACME ROB', 'globex foods 1', 'zzz', 'hooli software 99', 'é', 'c']) {
    found.push(['search', prefix, (await cache.searchByName(prefix, 7)).map((a) => a.id)]);
  }
  return found;
}

describe('the Dexie account cache', () => {
  it('answers exactly as the in-memory cache over thousands of accounts (many chunks, buckets and name pages)', async () => {
    const { csv, accounts } = syntheticAccounts(12_000);
    const db = freshDb();
    await importAccounts(db, [csv], { fileName: 'synthetic.csv', mode: 'replace', now });
    const generation = await db.generations.toCollection().first();
    expect(generation?.bucketBits).toBeGreaterThan(3);
    expect(generation?.nameDirectory.length).toBeGreaterThan(4);
    const probes = accounts.filter((_, i) => i % 97 === 0 || i === accounts.length - 1);
    const dexie = await answers(openAccountCache(db), probes);
    const memory = await answers(createMemoryAccountCache(accounts), probes);
    expect(dexie).toEqual(memory);
    expect(dexie).toContainEqual(['domain', 'acme-robotics-0.com', ['S0']]);
    expect(dexie).toContainEqual(['alias', 'acme-robotics-0.io', ['S0']]);
    expect(dexie).toContainEqual(['slug', 'linkedin:acme-robotics-0', ['S0']]);
    expect(await openAccountCache(db).count()).toBe(12_000);
  });

  it('finds every account sharing a key, in import order', async () => {
    const db = freshDb();
    const csv = 'id,name,domain\n1,Acme Robotics,acme.com\n2,Acme Robotics GmbH,acme.com\n3,Other,other.com\n';
    await importAccounts(db, [csv], { fileName: 'a.csv', mode: 'replace', now });
    const cache = openAccountCache(db);
    expect(await cache.find({ kind: 'domain', value: 'acme.com' })).toEqual(['1', '2']);
    expect(await cache.find({ kind: 'name', value: 'acme robotics' })).toEqual(['1', '2']);
  });

  it('searches names by their start, folding case, accents and punctuation, up to the limit', async () => {
    const db = freshDb();
    const csv = 'id,name\n1,Société Générale S.A.\n2,Contoso Bank\n3,"Stark Industries, Inc."\n4,Bank of Tokyo\n5,Banco Santander\n';
    await importAccounts(db, [csv], { fileName: 'a.csv', mode: 'replace', now });
    const cache = openAccountCache(db);
    const names = async (prefix: string, limit = 10) => (await cache.searchByName(prefix, limit)).map((a) => a.name);
    expect(await names('societe gen')).toEqual(['Société Générale S.A.']);
    expect(await names('bank')).toEqual(['Bank of Tokyo']);
    expect(await names('ban')).toEqual(['Banco Santander', 'Bank of Tokyo']);
    expect(await names('ban', 1)).toEqual(['Banco Santander']);
    expect(await names('CONTOSO-B')).toEqual(['Contoso Bank']);
    expect(await names('stark industries inc')).toEqual(['Stark Industries, Inc.']);
    expect(await names('  ')).toEqual([]);
  });

  it('is empty before the first import', async () => {
    const cache = openAccountCache(freshDb());
    expect(await cache.count()).toBe(0);
    expect(await cache.find({ kind: 'domain', value: 'acme.com' })).toEqual([]);
    expect(await cache.getAccount('1')).toBeUndefined();
    expect(await cache.searchByName('acme', 5)).toEqual([]);
  });

  it('moves to a new import at once when the generation it was reading is gone', async () => {
    const db = freshDb();
    await importAccounts(db, ['id,name,domain\n1,Acme,acme.com\n'], { fileName: 'a.csv', mode: 'replace', now });
    const cache = openAccountCache(db, { pointerMaxAgeMs: 60_000 });
    expect(await cache.find({ kind: 'domain', value: 'acme.com' })).toEqual(['1']);
    await importAccounts(db, ['id,name,domain\n2,Globex,globex.com\n'], { fileName: 'b.csv', mode: 'replace', now });
    expect(await cache.find({ kind: 'domain', value: 'globex.com' })).toEqual(['2']);
    expect(await cache.count()).toBe(1);
  });

  it('says which cache version it answers from: none read yet, no cache, the one it read, none again once refreshed', async () => {
    const db = freshDb();
    const cache = openAccountCache(db);
    expect(await cache.versionInUse()).toBeUndefined();
    expect(await cache.count()).toBe(0);
    expect(await cache.versionInUse()).toBe('none');
    const { record } = await importAccounts(db, ['id,name\n1,Acme\n'], { fileName: 'a.csv', mode: 'replace', now });
    // Still the answer it read: the pointer is trusted for its maximum age.
    expect(await cache.versionInUse()).toBe('none');
    cache.refresh();
    expect(await cache.versionInUse()).toBeUndefined();
    expect(await cache.count()).toBe(1);
    expect(await cache.versionInUse()).toBe(`${record.generation}.0`);
    await applyAccountChanges(db, { accounts: [{ id: '2', name: 'Beta' }], deleted: [], mode: 'merge' }, { now, source: 'test' });
    cache.refresh();
    expect(await cache.count()).toBe(2);
    expect(await cache.versionInUse()).toBe(`${record.generation}.1`);
  });

  it('re-reads the active generation after its maximum age', async () => {
    const db = freshDb();
    let clock = 0;
    await importAccounts(db, ['id,name\n1,Acme\n'], { fileName: 'a.csv', mode: 'replace', now });
    const cache = openAccountCache(db, { now: () => clock, pointerMaxAgeMs: 1000 });
    expect(await cache.count()).toBe(1);
    await importAccounts(db, ['id,name\n1,Acme\n2,Globex\n'], { fileName: 'b.csv', mode: 'replace', now });
    clock = 1001;
    expect(await cache.count()).toBe(2);
  });
});
