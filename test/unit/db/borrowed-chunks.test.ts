import { describe, expect, it } from 'vitest';
import { importAccounts, openAccountCache, type TalDb } from '../../../lib/db';
import { applyAccountChanges } from '../../../lib/db/apply-account-changes';
import { chunkKey, chunksOf } from '../../../lib/db/chunk-map';
import { copyActiveCache, foldOverlay } from '../../../lib/db/fold-overlay';
import { createGenerationWriter } from '../../../lib/db/generation-writer';
import { type ActiveCache, readActiveCache } from '../../../lib/db/generations';
import { createMemoryAccountCache } from '../../../lib/db/memory-account-cache';
import { prepareAccounts } from '../../../lib/db/prepare-accounts';
import { readGenerationAccounts } from '../../../lib/db/read-generation';
import { accountsToCsv, csvLine, exportColumns, parseAccountsText } from '../../../lib/import';
import { accountKeys } from '../../../lib/recognize/keys';
import { ACCOUNT_FIELDS, type Account } from '../../../lib/schema/account';
import { createRandom } from '../../bench/seeded-random';
import { fixedClock, freshDb, syntheticAccounts } from './helpers';

const now = fixedClock();

const columns = exportColumns(ACCOUNT_FIELDS, ['tier']);
const csvOf = (accounts: readonly Account[]) => `${csvLine(columns.header)}${accountsToCsv(accounts, columns)}`;

async function active(db: TalDb) {
  const cache = await readActiveCache(db);
  if (!cache) throw new Error('no active cache');
  return cache.generation;
}

/** The chunk records the active generation reads, and those stored: equal when a merge kept exactly what it reads. */
async function chunkRecords(db: TalDb) {
  const generation = await active(db);
  const read: string[] = [];
  for (let chunk = 0; chunk < chunksOf(generation); chunk++) {
    const key = chunkKey(generation, chunk);
    if (key) read.push(key.join(','));
  }
  const stored = (await db.accountChunks.toCollection().primaryKeys()).map((key) => key.join(','));
  return { read: read.sort(), stored: stored.sort() };
}

/** The cache's accounts in scan order (export, evaluation, alerts). */
async function scanned(db: TalDb): Promise<Account[]> {
  const accounts: Account[] = [];
  for await (const { accounts: batch } of readGenerationAccounts(db, await active(db))) accounts.push(...batch);
  return accounts;
}

/** The cache answers as an in-memory cache of `expected`, in its order: lookups by every key, ids, names, count and a scan. */
async function expectCacheOf(db: TalDb, expected: readonly Account[]) {
  const dexie = openAccountCache(db);
  const memory = createMemoryAccountCache(expected);
  expect(await dexie.count()).toBe(expected.length);
  expect((await scanned(db)).map((a) => a.id)).toEqual(expected.map((a) => a.id));
  for (const account of expected.filter((_, i) => i % 23 === 0)) {
    for (const key of accountKeys(account)) expect(await dexie.find(key), `${key.kind} ${key.value}`).toEqual(await memory.find(key));
    expect(await dexie.getAccount(account.id)).toEqual(account);
  }
  for (const prefix of ['acme', 'globex robotics 1', 'hooli', 'stark bank 2']) {
    expect((await dexie.searchByName(prefix, 30)).map((a) => a.id)).toEqual((await memory.searchByName(prefix, 30)).map((a) => a.id));
  }
}

/** The steps of the random run: every kind, in many orders, and a sync before each fold so that the fold has changes to fold. */
const STEPS = [
  'replace',
  'sync',
  'sync',
  'fold',
  'merge',
  'sync',
  'large sync',
  'merge',
  'sync',
  'merge',
  'merge',
  'sync',
  'fold',
  'large sync',
  'large sync',
  'fold',
  'sync',
  'replace',
  'sync',
  'fold',
  'merge',
  'replace',
  'merge',
  'large sync',
] as const;

const renamed = (accounts: readonly Account[]) =>
  accounts.map((a) => ({ ...a, name: `${a.name} Renamed`, employees: (a.employees ?? 0) + 1 }));

describe('merges that borrow the previous generation’s chunks', () => {
  it('a chain of merges answers as the same accounts in memory, in place, and keeps exactly the chunk records it reads', async () => {
    const db = freshDb();
    const { accounts } = syntheticAccounts(3000);
    await importAccounts(db, [csvOf(accounts)], { fileName: 'all.csv', mode: 'replace', now });
    const first = await active(db);

    // Forty accounts of the first chunk change (it is written again with holes); every account of the second does (it has no record left).
    const changed = renamed([...accounts.slice(0, 40), ...accounts.slice(200, 400)]);
    const added = syntheticAccounts(500, 'N').accounts;
    await importAccounts(db, [csvOf([...changed, ...added])], { fileName: 'update.csv', mode: 'merge', now });
    const second = await active(db);
    expect(second.borrowed).toEqual([
      [1, 1, 0],
      [2, 13, first.generation],
    ]);
    expect(second.slots).toBe(3000 + changed.length + added.length);
    const afterFirst = [...accounts.slice(40, 200), ...accounts.slice(400), ...changed, ...added];
    await expectCacheOf(db, afterFirst);
    const records = await chunkRecords(db);
    // The lender is gone, but the records its borrower reads.
    expect(await db.generations.count()).toBe(1);
    expect(records.stored).toEqual(records.read);

    // The next merge changes an account of a chunk borrowed twice over and some of the last merge's own.
    const again = renamed([afterFirst[400] as Account, ...added.slice(0, 100)]);
    await importAccounts(db, [csvOf(again)], { fileName: 'again.csv', mode: 'merge', now });
    const third = await active(db);
    expect(third.borrowed?.some(([, , owner]) => owner === first.generation)).toBe(true);
    expect(third.borrowed?.some(([, , owner]) => owner === second.generation)).toBe(true);
    const dropped = new Set(again.map((a) => a.id));
    await expectCacheOf(db, [...afterFirst.filter((a) => !dropped.has(a.id)), ...again]);
    const chained = await chunkRecords(db);
    expect(chained.stored).toEqual(chained.read);
    // The first generation's chunk this merge rewrote is no longer read by anyone: it went with the second generation.
    const rewritten = Math.floor(accounts.findIndex((a) => a.id === afterFirst[400]?.id) / 200);
    expect(chunkKey(third, rewritten)?.[0]).toBe(third.generation);
    expect(chained.stored).not.toContain(`${first.generation},${rewritten}`);

    // A replace reads nothing of them: every earlier record goes.
    const fresh = syntheticAccounts(700, 'F').accounts;
    await importAccounts(db, [csvOf(fresh)], { fileName: 'fresh.csv', mode: 'replace', now });
    const replaced = await chunkRecords(db);
    expect(replaced.stored).toEqual(replaced.read);
    expect(replaced.stored).toHaveLength(4);
    await expectCacheOf(db, fresh);
  });

  it('holes past half of the positions make the next merge copy the accounts, not borrow them', async () => {
    const db = freshDb();
    const { accounts } = syntheticAccounts(400);
    await importAccounts(db, [csvOf(accounts)], { fileName: 'all.csv', mode: 'replace', now });
    // The same accounts again, merged: every borrowed chunk lost all its accounts.
    const update = renamed(accounts);
    await importAccounts(db, [csvOf(update)], { fileName: 'update.csv', mode: 'merge', now });
    expect(await active(db)).toMatchObject({ count: 400, slots: 800, borrowed: [[0, 2, 0]] });
    await expectCacheOf(db, update);
    // Half the positions are holes: this merge borrows once more, then the holes are more than the accounts.
    const twice = renamed(update);
    await importAccounts(db, [csvOf(twice)], { fileName: 'twice.csv', mode: 'merge', now });
    expect(await active(db)).toMatchObject({ count: 400, slots: 1200 });
    const thrice = renamed(twice);
    await importAccounts(db, [csvOf(thrice.slice(0, 10))], { fileName: 'thrice.csv', mode: 'merge', now });
    const compacted = await active(db);
    expect(compacted.count).toBe(400);
    expect(compacted.slots).toBeUndefined();
    expect(compacted.borrowed).toBeUndefined();
    await expectCacheOf(db, [...thrice.slice(0, 10), ...twice.slice(10)]);
    const records = await chunkRecords(db);
    expect(records.stored).toEqual(records.read);
  });

  it('a merge stopped at any step of its borrowing leaves the cache, and every chunk record, as they were', async () => {
    const db = freshDb();
    const { accounts } = syntheticAccounts(6000);
    await importAccounts(db, [csvOf(accounts)], { fileName: 'all.csv', mode: 'replace', now });
    const before = await chunkRecords(db);
    // Changes spread over all 30 chunks: the rewritten ones are written in two batches.
    const update = renamed(accounts.filter((_, i) => i % 100 === 0));
    let stopAt = 1;
    for (; ; stopAt++) {
      const cache = (await readActiveCache(db)) as ActiveCache;
      const writer = await createGenerationWriter(db, now, { trackIds: true, base: cache.generation.generation, keeps: cache.generation });
      expect(writer.lender?.generation).toBe(cache.generation.generation);
      let steps = 0;
      const stopped = await (async () => {
        await writer.append(prepareAccounts(update));
        await copyActiveCache(db, writer, cache, writer.ids(), () => {
          if (++steps === stopAt) throw new Error(`stopped at step ${stopAt}`);
        });
        return false;
      })().catch(() => true);
      await writer.abort();
      expect(await db.generations.count(), `after a stop at step ${stopAt}`).toBe(1);
      expect(await chunkRecords(db), `after a stop at step ${stopAt}`).toEqual(before);
      if (!stopped) break;
    }
    // Stopped before it read, between reads of the buckets, between the batches of rewritten chunks, and before the names.
    expect(stopAt).toBeGreaterThan(4);
    await expectCacheOf(db, accounts);
  });

  it('any run of merges, team syncs, folds and replaces answers as a map of the same accounts, and keeps exactly the records it reads', async () => {
    const random = createRandom(29);
    const db = freshDb();
    const model = new Map<string, Account>();
    const canonical = (accounts: readonly Account[]) => parseAccountsText(csvOf(accounts), 'step.csv').accounts;
    const pick = (n: number) => {
      const ids = [...model.keys()];
      return Array.from({ length: Math.min(n, ids.length) }, () => model.get(ids[random.int(ids.length)] as string) as Account);
    };
    const seen: string[] = [];
    for (const [step, op] of STEPS.entries()) {
      const newcomers = canonical(syntheticAccounts(random.int(400), `X${step}-`).accounts);
      const changed = canonical(renamed([...new Map(pick(random.int(300)).map((a) => [a.id, a])).values()]));
      seen.push(op);
      if (op === 'replace' || op === 'merge') {
        const file = [...changed, ...newcomers];
        if (file.length === 0) continue;
        await importAccounts(db, [csvOf(file)], { fileName: `${op}-${step}.csv`, mode: op, now });
        if (op === 'replace') model.clear();
        for (const account of file) model.set(account.id, account);
      } else if (op === 'fold') {
        await foldOverlay(db, { now });
      } else {
        const deleted = pick(random.int(20)).map((a) => a.id);
        const accounts = [...changed.slice(0, op === 'sync' ? 40 : undefined), ...newcomers];
        // A large sync writes a generation (it borrows too); a small one goes to the overlay.
        await applyAccountChanges(
          db,
          { accounts, deleted, mode: 'merge' },
          { now, source: 'team server', ...(op === 'large sync' ? { maxOverlayRows: 0 } : {}) },
        );
        for (const id of deleted) if (!accounts.some((a) => a.id === id)) model.delete(id);
        for (const account of accounts) model.set(account.id, account);
      }
      const where = `after step ${step} (${seen.join(', ')})`;
      const expected = [...model.values()];
      const byId = (a: Account, b: Account) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      expect((await scanned(db)).sort(byId), where).toEqual(expected.sort(byId).map((a) => expect.objectContaining(a)));
      const dexie = openAccountCache(db);
      const memory = createMemoryAccountCache(expected);
      expect(await dexie.count(), where).toBe(expected.length);
      for (const account of pick(25)) {
        expect(await dexie.getAccount(account.id), where).toEqual(account);
        for (const key of accountKeys(account)) {
          expect((await dexie.find(key)).sort(), `${where}: ${key.kind} ${key.value}`).toEqual((await memory.find(key)).sort());
        }
      }
      const records = await chunkRecords(db);
      expect(records.stored, where).toEqual(records.read);
      expect(await db.generations.count(), where).toBe(1);
    }
    expect(seen).toEqual(STEPS);
  });
});
