import { describe, expect, it } from 'vitest';
import { applyAccountChanges, importAccounts, openAccountCache, readActiveCache } from '../../../lib/db';
import { CacheBusyError, type CacheLock, createLocalCacheLock } from '../../../lib/db/cache-lock';
import { CacheChangedError, createGenerationWriter } from '../../../lib/db/generation-writer';
import { collectGarbage, deleteGeneration } from '../../../lib/db/generations';
import { prepareAccounts } from '../../../lib/db/prepare-accounts';
import type { Account } from '../../../lib/schema/account';
import { fixedClock, freshDb } from './helpers';

const now = fixedClock();
const csv = (prefix: string, n: number) =>
  `id,name\n${Array.from({ length: n }, (_, i) => `${prefix}${i},${prefix} company ${i}`).join('\n')}\n`;
const accounts = (prefix: string, n: number): Account[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, name: `${prefix} ${i}` }));

/** A gate the test opens: a writer waits on it while holding the lock, so the interleaving is forced, not hoped for. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

/** An import whose file arrives in two parts, the second only once the gate opens: it holds the lock meanwhile. */
async function* slowFile(text: string, second: Promise<void>, started: () => void) {
  const cut = text.indexOf('\n', text.length / 2) + 1;
  yield text.slice(0, cut);
  started();
  await second;
  yield text.slice(cut);
}

async function ids(db: ReturnType<typeof freshDb>) {
  const active = await readActiveCache(db);
  const cache = openAccountCache(db);
  return { count: await cache.count(), generation: active?.generation.generation ?? null, has: (id: string) => cache.getAccount(id) };
}

describe('the account cache has one writer at a time', () => {
  it('a team sync during an import waits its turn (busy), and nothing of either is lost', async () => {
    const db = freshDb();
    const lock = createLocalCacheLock();
    await importAccounts(db, [csv('A', 3000)], { fileName: 'a.csv', mode: 'replace', now, lock });
    const rest = gate();
    const reading = gate();
    const importing = importAccounts(db, slowFile(csv('B', 3000), rest.opened, reading.open), {
      fileName: 'b.csv',
      mode: 'merge',
      now,
      lock,
    });
    await reading.opened;
    const base = (await readActiveCache(db))?.generation.generation ?? null;
    const sync = applyAccountChanges(db, { accounts: accounts('S', 10), deleted: [], mode: 'merge', base }, { now, source: 'team', lock });
    await expect(sync).rejects.toBeInstanceOf(CacheBusyError);
    rest.open();
    await importing;
    // The sync's next attempt asks again for the cache now active, and applies on top of the import.
    const after = (await readActiveCache(db))?.generation.generation ?? null;
    await applyAccountChanges(db, { accounts: accounts('S', 10), deleted: [], mode: 'merge', base: after }, { now, source: 'team', lock });
    const cache = await ids(db);
    expect(cache.count).toBe(6010);
    expect(await cache.has('A2999')).toMatchObject({ id: 'A2999' });
    expect(await cache.has('B1500')).toMatchObject({ id: 'B1500' });
    expect(await cache.has('S9')).toMatchObject({ id: 'S9' });
  });

  it('a writer told to wait a while gets the lock once it is free, or gives up at the limit without running and without breaking the queue', async () => {
    const lock = createLocalCacheLock();
    const first = gate();
    const order: string[] = [];
    const holding = lock.run(async () => {
      await first.opened;
      order.push('first');
    });
    expect(await lock.contended()).toBe(false);
    const patient = lock.run(async () => order.push('patient'), { waitMs: 60_000 });
    expect(await lock.contended()).toBe(true);
    await expect(lock.run(async () => order.push('refused'), { waitMs: 0 })).rejects.toBeInstanceOf(CacheBusyError);
    // One that would wait only a moment gives up while the first still holds the lock; the queue behind it keeps its order.
    const hasty = lock.run(async () => order.push('hasty'), { waitMs: 5 });
    const last = lock.run(async () => order.push('last'));
    await expect(hasty).rejects.toBeInstanceOf(CacheBusyError);
    first.open();
    await Promise.all([holding, patient, last]);
    expect(order).toEqual(['first', 'patient', 'last']);
    expect(await lock.contended()).toBe(false);
  });

  it('a team sync told to wait applies its changes once a short writer lets go of the cache', async () => {
    const db = freshDb();
    const lock = createLocalCacheLock();
    await importAccounts(db, [csv('A', 10)], { fileName: 'a.csv', mode: 'replace', now, lock });
    const base = (await readActiveCache(db))?.generation.generation ?? null;
    const held = gate();
    const inside = gate();
    // A short piece of the background's upkeep holding the lock, as a settle does.
    const upkeep = lock.run(async () => {
      inside.open();
      await held.opened;
    });
    await inside.opened;
    const sync = applyAccountChanges(
      db,
      { accounts: accounts('S', 2), deleted: [], mode: 'merge', base },
      { now, source: 'team', lock, waitMs: 60_000 },
    );
    expect(await lock.contended()).toBe(true);
    held.open();
    await upkeep;
    expect(await sync).toBe(base);
    expect((await ids(db)).count).toBe(12);
  });

  it('refuses changes pulled for a cache an import replaced meanwhile, rather than building on the wrong one', async () => {
    const db = freshDb();
    const lock = createLocalCacheLock();
    await importAccounts(db, [csv('A', 3000)], { fileName: 'a.csv', mode: 'replace', now, lock });
    const pulledFor = (await readActiveCache(db))?.generation.generation ?? null;
    // The user's import lands between the sync's pull and its apply.
    await importAccounts(db, [csv('U', 5)], { fileName: 'u.csv', mode: 'replace', now, lock });
    const delta = { accounts: accounts('S', 2), deleted: ['U1'], mode: 'merge' as const, base: pulledFor };
    await expect(applyAccountChanges(db, delta, { now, source: 'team', lock })).rejects.toBeInstanceOf(CacheChangedError);
    const cache = await ids(db);
    expect(cache.count).toBe(5);
    expect(await cache.has('U1')).toMatchObject({ id: 'U1' });
  });

  it('an import asked for during a sync starts once the sync is done, and builds on its result', async () => {
    const db = freshDb();
    const held = gate();
    const entered = gate();
    const inner = createLocalCacheLock();
    // A lock whose first holder pauses inside (the sync), until the test opens the gate.
    let first = true;
    const lock: CacheLock = {
      run: (work, options) =>
        inner.run(async () => {
          if (first) {
            first = false;
            entered.open();
            await held.opened;
          }
          return work();
        }, options),
      contended: () => inner.contended(),
    };
    await importAccounts(db, [csv('A', 10)], { fileName: 'a.csv', mode: 'replace', now, lock: inner });
    const base = (await readActiveCache(db))?.generation.generation ?? null;
    const sync = applyAccountChanges(
      db,
      { accounts: accounts('S', 4), deleted: ['A0'], mode: 'merge', base },
      { now, source: 'team', lock },
    );
    await entered.opened;
    const order: string[] = [];
    const importing = importAccounts(db, [csv('M', 3)], { fileName: 'm.csv', mode: 'merge', now, lock }).then(() => order.push('import'));
    void sync.then(() => order.push('sync'));
    held.open();
    await Promise.all([sync, importing]);
    expect(order).toEqual(['sync', 'import']);
    const cache = await ids(db);
    expect(cache.count).toBe(9 + 4 + 3);
    expect(await cache.has('A0')).toBeUndefined();
    expect(await cache.has('S3')).toMatchObject({ id: 'S3' });
    expect(await cache.has('M2')).toMatchObject({ id: 'M2' });
  });

  it('two tabs importing at once: the second waits and merges into the first, nothing lost', async () => {
    const db = freshDb();
    const lock = createLocalCacheLock();
    await Promise.all([
      importAccounts(db, [csv('T', 2500)], { fileName: 't.csv', mode: 'merge', now, lock }),
      importAccounts(db, [csv('W', 2500)], { fileName: 'w.csv', mode: 'merge', now, lock }),
    ]);
    const cache = await ids(db);
    expect(cache.count).toBe(5000);
    expect(await db.generations.count()).toBe(1);
  });

  it('a writer that skipped the lock cannot make its cache active over one committed meanwhile', async () => {
    const db = freshDb();
    await importAccounts(db, [csv('A', 5)], { fileName: 'a.csv', mode: 'replace', now });
    const base = (await readActiveCache(db))?.generation.generation ?? null;
    const stray = await createGenerationWriter(db, now, { base });
    await stray.append(prepareAccounts(accounts('X', 3)));
    await importAccounts(db, [csv('B', 4)], { fileName: 'b.csv', mode: 'replace', now });
    const summary = {
      at: now().toISOString(),
      fileName: 'x',
      mode: 'replace' as const,
      rows: 3,
      valid: 3,
      errors: 0,
      warnings: 0,
      mapping: {},
    };
    // The import, holding the lock, took the stray generation for an interrupted import's and deleted it.
    await expect(stray.commit(summary)).rejects.toThrow(/was removed while it was written/);
    await stray.abort();
    expect((await ids(db)).count).toBe(4);
    // And where nothing deleted it, the commit checks the cache it was built on is still the active one.
    const late = await createGenerationWriter(db, now, { base });
    await late.append(prepareAccounts(accounts('L', 2)));
    await expect(late.commit(summary)).rejects.toBeInstanceOf(CacheChangedError);
    await late.abort();
    expect((await ids(db)).count).toBe(4);
  });

  it('garbage collection never deletes the active generation', async () => {
    const db = freshDb();
    await importAccounts(db, [csv('A', 5)], { fileName: 'a.csv', mode: 'replace', now });
    const active = (await readActiveCache(db))?.generation.generation as number;
    await expect(deleteGeneration(db, active)).rejects.toThrow('is the active cache');
    expect(await collectGarbage(db)).toEqual([]);
    expect((await ids(db)).count).toBe(5);
  });
});
