import { describe, expect, it } from 'vitest';
import {
  type AccountCache,
  applyAccountChanges,
  CacheBusyError,
  exportAccountsCsv,
  foldOverlay,
  getAccountsCursor,
  importAccounts,
  openAccountCache,
  readActiveCache,
  readAlerts,
  readPassing,
  savePlaybookVersion,
  scanAlerts,
  setAccountsCursor,
  settleActiveOverlay,
  TABLE_ROW_SCHEMAS,
  type TalDb,
} from '../../../lib/db';
import { OVERLAY_PAGE_ROWS } from '../../../lib/db/account-overlay';
import { createLocalCacheLock } from '../../../lib/db/cache-lock';
import { readListedByData } from '../../../lib/db/listed-by-data';
import { createMemoryAccountCache } from '../../../lib/db/memory-account-cache';
import { accountKeys } from '../../../lib/recognize/keys';
import { recognize } from '../../../lib/recognize/recognize';
import { compilePlaybook } from '../../../lib/rules/compile-playbook';
import type { Account } from '../../../lib/schema/account';
import { parsePlaybook } from '../../../lib/schema/load-playbook';
import { cachedAccounts } from '../../../lib/services/cached-accounts';
import { fixedClock, freshDb, readRepoFile, syntheticAccounts } from './helpers';

const now = fixedClock();
const NOW = now();
const example = (file: string) => readRepoFile(`test/fixtures/examples/${file}`);

/**
 * A cache of 3,000 synthetic accounts, then a team sync's delta: 150 accounts changed (a new domain
 * and name for some), 150 new ones, 100 deleted (one the cache never had), and the accounts the cache
 * then holds, in the order a fresh import of them would give for ties (the untouched first).
 */
async function withDelta() {
  const { csv, accounts } = syntheticAccounts(3_000);
  const db = freshDb();
  await importAccounts(db, [csv], { fileName: 'synthetic.csv', mode: 'replace', now });
  const changed = accounts
    .filter((_, i) => i % 20 === 1)
    .map((a, i) =>
      i % 2 === 0
        ? { ...a, name: `${a.name} Renamed`, domain: `renamed-${a.id.toLowerCase()}.com`, employees: 77 }
        : { ...a, employees: 5 },
    );
  const added = syntheticAccounts(150, 'N').accounts.map((a) => ({ ...a, name: `Newco ${a.name}`, domain: `newco-${a.domain}` }));
  const deleted = [...accounts.filter((_, i) => i % 30 === 7).map((a) => a.id), 'NEVER-CACHED'];
  const delta = { accounts: [...changed, ...added], deleted };
  const touched = new Set([...delta.accounts.map((a) => a.id), ...deleted]);
  const final = [...accounts.filter((a) => !touched.has(a.id)), ...[...changed, ...added].sort((a, b) => (a.id < b.id ? -1 : 1))];
  return { db, accounts, delta, final, deleted };
}

/** Everything a reader answers, over probes: every key's ids (as sets), each account by id, name searches. */
async function answers(cache: AccountCache, probes: readonly Account[], ids: readonly string[]) {
  const found: unknown[] = [];
  for (const account of probes) {
    for (const key of accountKeys(account)) found.push([key.kind, key.value, [...(await cache.find(key))].sort()]);
  }
  for (const id of ids) found.push(['get', id, await cache.getAccount(id)]);
  for (const prefix of ['acme', 'newco', 'newco acme', 'globex foods 1', 'initech', 'zzz', 'wayne software 1']) {
    found.push(['search', prefix, (await cache.searchByName(prefix, 9)).map((a) => a.id)]);
  }
  found.push(['count', await cache.count()]);
  return found;
}

/** How the recognizer reads pages of these accounts' sites and LinkedIn pages. */
async function recognitions(cache: AccountCache, probes: readonly Account[]) {
  const seen: unknown[] = [];
  for (const account of probes) {
    for (const url of [`https://${account.domain}/pricing`, `https://www.linkedin.com/company/${account.linkedinSlug}/`]) {
      const result = await recognize(url, { index: cache });
      seen.push([url, result.match?.accountId ?? null, result.candidates.map((c) => c.accountId).sort()]);
    }
  }
  return seen;
}

const sortedLines = async (db: TalDb) => {
  let text = '';
  for await (const piece of exportAccountsCsv(db)) text += piece;
  const [header, ...rows] = text.split('\r\n');
  return { header, rows: rows.filter((row) => row !== '').sort() };
};

describe('the account overlay', () => {
  it('takes a delta without writing a generation, and answers exactly as the final accounts would', async () => {
    const { db, accounts, delta, final } = await withDelta();
    const before = await readActiveCache(db);
    const chunks = await db.accountChunks.count();
    await applyAccountChanges(db, { ...delta, mode: 'merge' }, { now, source: 'team server' });
    const after = await readActiveCache(db);
    // The same generation, the same chunks: the delta's cost is the delta's rows.
    expect(after?.generation.generation).toBe(before?.generation.generation);
    expect(await db.accountChunks.count()).toBe(chunks);
    // Nothing of the generation read: every row is unsettled (even the deletion of an account never cached) until settled.
    const pages = await db.overlayPages.toArray();
    expect(pages.flatMap((page) => page.rows.map((row) => row.id)).sort()).toEqual(
      [...delta.accounts.map((a) => a.id), ...delta.deleted].sort(),
    );
    // In pages of OVERLAY_PAGE_ROWS accounts: a record each would cost the delta a write each.
    expect(pages.map((page) => page.rows.length)).toEqual([...Array(8).fill(OVERLAY_PAGE_ROWS), 1]);
    expect(after?.overlay).toEqual({ revision: 1, rows: 401, net: 0, unsettled: 401 });
    for (const page of pages) expect(TABLE_ROW_SCHEMAS.overlayPages.safeParse(page).success).toBe(true);

    const probes = [...accounts.filter((_, i) => i % 10 === 1 || i % 30 === 7), ...delta.accounts.filter((_, i) => i % 3 === 0)];
    const ids = [...probes.map((a) => a.id), 'NEVER-CACHED'];
    const memory = createMemoryAccountCache(final);
    const dexie = openAccountCache(db);
    expect(await answers(dexie, probes, ids)).toEqual(await answers(memory, probes, ids));
    expect(await recognitions(dexie, probes)).toEqual(await recognitions(memory, probes));
    expect(await dexie.count()).toBe(3_050);
    // Settled, the count needs no lookup; the accounts and the cache version are unchanged.
    expect(await settleActiveOverlay(db)).toBe(true);
    expect((await readActiveCache(db))?.overlay).toEqual({ revision: 1, rows: 401, net: 150 - 100, unsettled: 0 });
    expect(await settleActiveOverlay(db)).toBe(false);
    dexie.refresh();
    expect(await answers(dexie, probes, ids)).toEqual(await answers(memory, probes, ids));
    // The old keys of a renamed account find nothing; its new ones find it.
    expect(await dexie.find({ kind: 'domain', value: 'globex-robotics-1.com' })).toEqual([]);
    expect(await dexie.find({ kind: 'domain', value: 'renamed-s1.com' })).toEqual(['S1']);
  });

  it('takes a delta in parts, a later part changing again accounts an earlier one changed, and answers as the whole delta would', async () => {
    const { db, accounts, delta, final } = await withDelta();
    const half = Math.floor(delta.accounts.length / 2);
    // The first part: half the upserts, an older version of some of the rest, and half the deletions.
    const older = delta.accounts.slice(half, half + 40).map((account) => ({ ...account, name: `${account.name} Old`, employees: 1 }));
    await applyAccountChanges(
      db,
      { accounts: [...delta.accounts.slice(0, half), ...older], deleted: delta.deleted.slice(0, 50), mode: 'merge' },
      { now, source: 'team server' },
    );
    await settleActiveOverlay(db);
    // The second part: the whole delta again (every row the first wrote is there to be found and replaced).
    await applyAccountChanges(db, { ...delta, mode: 'merge' }, { now, source: 'team server' });
    expect((await readActiveCache(db))?.overlay).toMatchObject({ revision: 2, rows: delta.accounts.length + delta.deleted.length });
    const probes = [...accounts.filter((_, i) => i % 10 === 1), ...delta.accounts.filter((_, i) => i % 3 === 0), ...older];
    const ids = [...probes.map((a) => a.id), 'NEVER-CACHED'];
    const dexie = openAccountCache(db);
    const memory = createMemoryAccountCache(final);
    expect(await answers(dexie, probes, ids)).toEqual(await answers(memory, probes, ids));
    expect(await dexie.count()).toBe(final.length);
    expect(await settleActiveOverlay(db)).toBe(true);
    dexie.refresh();
    expect(await dexie.count()).toBe(final.length);
  });

  it('gives export, evaluation and every scan of the cache the final accounts', async () => {
    const { db, delta, final } = await withDelta();
    await applyAccountChanges(db, { ...delta, mode: 'merge' }, { now, source: 'team server' });
    const reference = freshDb();
    await importAccounts(reference, [JSON.stringify(final)], { fileName: 'final.json', mode: 'replace', now });
    const [exported, expected] = await Promise.all([sortedLines(db), sortedLines(reference)]);
    expect(exported.header).toBe(expected.header);
    expect(exported.rows).toEqual(expected.rows);

    const parsed = parsePlaybook(JSON.parse(example('playbook.json')));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const rules = compilePlaybook(parsed.playbook);
    const verdicts = (list: readonly Account[]) =>
      new Map(list.map((account) => [account.id, rules.evaluate(account, undefined, NOW).icp.verdict]));
    const scanned = await cachedAccounts(db);
    expect(scanned).toHaveLength(final.length);
    expect(verdicts(scanned)).toEqual(verdicts(final));
  });

  it('folds into a new generation that answers the same, with the sync cursor carried over', async () => {
    const { db, accounts, delta, final } = await withDelta();
    await applyAccountChanges(db, { ...delta, mode: 'merge' }, { now, source: 'team server' });
    const before = await readActiveCache(db);
    await setAccountsCursor(db, { server: 'https://tal.example', cursor: 'c-9', generation: before?.generation.generation as number });
    const folded = await foldOverlay(db, { now });
    const after = await readActiveCache(db);
    expect(folded).toBe(after?.generation.generation);
    expect(folded).not.toBe(before?.generation.generation);
    expect(after?.overlay).toEqual({ revision: 0, rows: 0, net: 0, unsettled: 0 });
    expect(after?.generation.count).toBe(3_050);
    // The import the cache came from stays its import; the cursor follows the cache.
    expect(after?.import.id).toBe(before?.import.id);
    expect(after?.import.fileName).toBe('synthetic.csv');
    expect(await getAccountsCursor(db)).toMatchObject({ cursor: 'c-9', generation: folded });
    expect(await db.overlayPages.count()).toBe(0);
    // The overlay's directory went with its generation.
    expect(await db.meta.get('overlayDirectory')).toBeUndefined();
    expect(await db.generations.count()).toBe(1);
    const probes = [...accounts.filter((_, i) => i % 10 === 1), ...delta.accounts.filter((_, i) => i % 3 === 0)];
    const ids = probes.map((a) => a.id);
    expect(await answers(openAccountCache(db), probes, ids)).toEqual(await answers(createMemoryAccountCache(final), probes, ids));
    expect(await foldOverlay(db, { now })).toBeNull();
  });

  it('an interrupted fold, at any of its steps, leaves the cache and its overlay whole', async () => {
    const { db, delta, final } = await withDelta();
    await applyAccountChanges(db, { ...delta, mode: 'merge' }, { now, source: 'team server' });
    const before = await readActiveCache(db);
    const probes = delta.accounts.filter((_, i) => i % 5 === 0);
    const ids = [...probes.map((a) => a.id), ...delta.deleted];
    const expected = await answers(createMemoryAccountCache(final), probes, ids);
    // The fold borrows the generation's chunks: a stop must neither delete them nor leave its own behind.
    const records = await db.accountChunks.toCollection().primaryKeys();
    const stepsSeen = new Set<string>();
    let stopAt = 1;
    for (; ; stopAt++) {
      let steps = 0;
      const stopped = await foldOverlay(db, {
        now,
        step(at) {
          if (++steps === stopAt) {
            stepsSeen.add(at);
            throw new Error(`stopped at step ${stopAt} (${at})`);
          }
        },
      }).then(
        () => false,
        () => true,
      );
      if (!stopped) break;
      const active = await readActiveCache(db);
      expect(active?.generation.generation, `after a stop at step ${stopAt}`).toBe(before?.generation.generation);
      expect(active?.overlay).toEqual(before?.overlay);
      expect(await db.generations.count(), 'the aborted generation is deleted').toBe(1);
      expect(await db.accountChunks.toCollection().primaryKeys(), `after a stop at step ${stopAt}`).toEqual(records);
      expect(await answers(openAccountCache(db), probes, ids)).toEqual(expected);
    }
    // Stopped at the start, while copying, before writing the indexes and inside the switch's transaction.
    expect([...stepsSeen].sort()).toEqual(['copying', 'started', 'switching', 'writing']);
    expect(stopAt).toBeGreaterThan(5);
    expect((await readActiveCache(db))?.overlay.rows).toBe(0);
    expect(await answers(openAccountCache(db), probes, ids)).toEqual(expected);
  });

  it('a sync and a fold take the cache lock in turn: one that will not wait is refused, the fold steps aside for one that waits, nothing is lost', async () => {
    const { db, delta, final } = await withDelta();
    const lock = createLocalCacheLock();
    await applyAccountChanges(db, { ...delta, mode: 'merge' }, { now, source: 'team server', lock });
    const later = { id: 'LATE', name: 'Late Arrival Corp', domain: 'late-arrival.com' };
    let refused: unknown;
    // A sync arriving while the fold copies the generation: refused at once (its cursor stays, it comes again).
    await foldOverlay(db, {
      now,
      lock,
      step(at) {
        if (at === 'copying' && refused === undefined) {
          refused = null;
          applyAccountChanges(db, { accounts: [later], deleted: [], mode: 'merge' }, { now, source: 'team server', lock }).catch(
            (error) => {
              refused = error;
            },
          );
        }
      },
    });
    await expect.poll(() => refused).toBeInstanceOf(CacheBusyError);
    // The next sync lands in the overlay. A fold then starts, and a writer that waits for the cache (a
    // sync, a new account from the panel) makes it step aside: it lands in the overlay, the fold comes later.
    await applyAccountChanges(db, { accounts: [later], deleted: [], mode: 'merge' }, { now, source: 'team server', lock });
    const before = await readActiveCache(db);
    const folding = foldOverlay(db, { now, lock });
    const panel = applyAccountChanges(
      db,
      { accounts: [{ id: 'PANEL', name: 'Typed In Ltd' }], deleted: [], mode: 'merge' },
      { now, source: 'new account', lock, waitMs: 60_000 },
    );
    await expect(folding).rejects.toBeInstanceOf(CacheBusyError);
    expect(await panel).toBe(before?.generation.generation);
    expect((await readActiveCache(db))?.overlay.rows).toBe((before?.overlay.rows ?? 0) + 1);
    expect(await db.generations.count()).toBe(1);
    const folded = await foldOverlay(db, { now, lock });
    expect((await readActiveCache(db))?.generation.generation).toBe(folded);
    expect((await readActiveCache(db))?.overlay.rows).toBe(0);
    const cache = openAccountCache(db);
    expect(await cache.count()).toBe(final.length + 2);
    expect(await cache.find({ kind: 'domain', value: 'late-arrival.com' })).toEqual(['LATE']);
    expect((await cache.searchByName('typed in', 5)).map((a) => a.id)).toEqual(['PANEL']);
    // While a sync holds the lock, a fold is refused (the background tries again at the next change).
    let release = () => {};
    const held = lock.run(() => new Promise<void>((done) => (release = done)));
    await expect(foldOverlay(db, { now, lock })).rejects.toBeInstanceOf(CacheBusyError);
    release();
    await held;
  });

  it('a settle steps aside for a writer that waits for the cache, writing nothing, and settles exactly later', async () => {
    const { db, delta, final } = await withDelta();
    const lock = createLocalCacheLock();
    await applyAccountChanges(db, { ...delta, mode: 'merge' }, { now, source: 'team server', lock });
    const unsettled = (await readActiveCache(db))?.overlay.unsettled ?? 0;
    // More ids than one read of the generation takes, so the settle passes a point where it can step aside.
    expect(unsettled).toBeGreaterThan(100);
    const settling = settleActiveOverlay(db, { lock });
    const order: string[] = [];
    const sync = lock.run(async () => order.push('sync'), { waitMs: 60_000 });
    await expect(settling).rejects.toBeInstanceOf(CacheBusyError);
    await sync;
    expect(order).toEqual(['sync']);
    expect((await readActiveCache(db))?.overlay.unsettled).toBe(unsettled);
    expect(await settleActiveOverlay(db, { lock })).toBe(true);
    expect((await readActiveCache(db))?.overlay.unsettled).toBe(0);
    expect(await openAccountCache(db).count()).toBe(final.length);
  });

  it('is folded by a merge import (the file wins) and dropped by a replace', async () => {
    const { db, delta, final } = await withDelta();
    await applyAccountChanges(db, { ...delta, mode: 'merge' }, { now, source: 'team server' });
    const renamed = delta.accounts[0] as Account;
    await importAccounts(db, [`id,name,domain\n${renamed.id},From The File,from-file.com\nF1,File Only,file-only.com\n`], {
      fileName: 'merge.csv',
      mode: 'merge',
      now,
    });
    const active = await readActiveCache(db);
    expect(active?.overlay.rows).toBe(0);
    expect(await db.overlayPages.count()).toBe(0);
    const cache = openAccountCache(db);
    expect(await cache.count()).toBe(final.length + 1);
    expect((await cache.getAccount(renamed.id))?.name).toBe('From The File');
    expect((await cache.getAccount('N3'))?.name).toBe((delta.accounts.find((a) => a.id === 'N3') as Account).name);
    for (const id of delta.deleted) expect(await cache.getAccount(id)).toBeUndefined();

    await applyAccountChanges(
      db,
      { accounts: [{ id: 'X', name: 'Overlaid' }], deleted: [], mode: 'merge' },
      { now, source: 'team server' },
    );
    await importAccounts(db, ['id,name\nR1,Replaced\n'], { fileName: 'replace.csv', mode: 'replace', now });
    cache.refresh();
    expect(await cache.count()).toBe(1);
    expect(await cache.getAccount('X')).toBeUndefined();
  });

  it('writes a generation instead when a merge would outgrow the overlay, or when there is no cache yet', async () => {
    const db = freshDb();
    const first = await applyAccountChanges(
      db,
      { accounts: [{ id: 'A', name: 'Alpha' }], deleted: [], mode: 'merge' },
      { now, source: 's' },
    );
    expect((await readActiveCache(db))?.generation.generation).toBe(first);
    const many = syntheticAccounts(30, 'M').accounts;
    const same = await applyAccountChanges(
      db,
      { accounts: many.slice(0, 10), deleted: [], mode: 'merge' },
      { now, source: 's', maxOverlayRows: 20 },
    );
    expect(same).toBe(first);
    const next = await applyAccountChanges(
      db,
      { accounts: many.slice(10), deleted: ['A'], mode: 'merge' },
      { now, source: 's', maxOverlayRows: 20 },
    );
    expect(next).not.toBe(first);
    const active = await readActiveCache(db);
    expect(active?.overlay.rows).toBe(0);
    expect(active?.generation.count).toBe(30);
    expect(await openAccountCache(db).getAccount('A')).toBeUndefined();
  });

  it('keeps an account in one page: a later change rewrites its page in place, and name ties across pages come in id order', async () => {
    const db = freshDb();
    await importAccounts(db, ['id,name,domain\nB1,Same Co,b1.com\nB2,Base Two,b2.com\n'], { fileName: 'a.csv', mode: 'replace', now });
    // 120 accounts of one name, given highest id first: page 0 holds the highest ids, the last page the lowest.
    const same = Array.from({ length: 120 }, (_, i) => {
      const n = String(120 - i).padStart(3, '0');
      return { id: `S${n}`, name: 'Same Co', domain: `s${n}.com` } satisfies Account;
    });
    await applyAccountChanges(db, { accounts: same, deleted: [], mode: 'merge' }, { now, source: 's' });
    expect((await db.overlayPages.toArray()).map((page) => [page.page, page.rows.length])).toEqual([
      [0, 50],
      [1, 50],
      [2, 20],
    ]);
    const cache = openAccountCache(db, { pointerMaxAgeMs: 0 });
    const byName = async (limit: number) => (await cache.searchByName('same', limit)).map((a) => a.id);
    // The generation's first on a tie, then the overlay's by id, though the name index gives page 0 first.
    expect(await byName(3)).toEqual(['B1', 'S001', 'S002']);
    expect(await byName(200)).toEqual(['B1', ...same.map((a) => a.id).sort()]);

    // Two accounts of a large overlay change again: each is found through the id index and replaced in its page.
    const renamed = { id: 'S070', name: 'Other Co', domain: 'other.com' } satisfies Account;
    await applyAccountChanges(db, { accounts: [renamed], deleted: ['S101'], mode: 'merge' }, { now, source: 's' });
    const pages = await db.overlayPages.toArray();
    expect(pages.map((page) => [page.page, page.rows.length])).toEqual([
      [0, 50],
      [1, 50],
      [2, 20],
    ]);
    expect(pages[0]?.rows.find((row) => row.id === 'S101')).toMatchObject({ account: null, revision: 2 });
    expect(pages[1]?.rows.find((row) => row.id === 'S070')).toMatchObject({ names: ['other co'], revision: 2 });
    // The directory: S070's name moved, S101 (deleted) has none; every id still in the page it was in.
    const directory = await db.meta.get('overlayDirectory');
    expect(directory).toMatchObject({ names: ['other co', ...Array(118).fill('same co')] });
    const listed = directory as { ids: string[]; pages: Uint32Array };
    expect(listed.ids.length).toBe(120);
    expect(listed.pages[listed.ids.indexOf('S070')]).toBe(1);
    expect(listed.pages[listed.ids.indexOf('S101')]).toBe(0);
    expect((await readActiveCache(db))?.overlay).toMatchObject({ revision: 2, rows: 120 });
    const final = [
      { id: 'B1', name: 'Same Co', domain: 'b1.com' },
      { id: 'B2', name: 'Base Two', domain: 'b2.com' },
      ...same.filter((a) => a.id !== 'S070' && a.id !== 'S101').sort((a, b) => (a.id < b.id ? -1 : 1)),
      renamed,
    ] satisfies Account[];
    const memory = createMemoryAccountCache(final);
    const probes = [...final.slice(0, 4), renamed, { id: 'S101', name: 'Same Co', domain: 's101.com' }, same[0] as Account];
    const ids = probes.map((a) => a.id);
    expect(await answers(cache, probes, ids)).toEqual(await answers(memory, probes, ids));
    for (const limit of [1, 2, 50, 51, 119, 200]) {
      expect(await byName(limit), `limit ${limit}`).toEqual((await memory.searchByName('same', limit)).map((a) => a.id));
    }
    expect((await cache.searchByName('other', 5)).map((a) => a.id)).toEqual(['S070']);
    expect(await cache.count()).toBe(final.length);
  });

  it('a reader still answering from an older revision finds a newer change once, not beside the account it replaces', async () => {
    const db = freshDb();
    await importAccounts(db, ['id,name,domain\nB1,Base One,b1.com\nB2,Base Two,b2.com\n'], { fileName: 'a.csv', mode: 'replace', now });
    await applyAccountChanges(
      db,
      { accounts: [{ id: 'N1', name: 'New One', domain: 'n1.com' }], deleted: [], mode: 'merge' },
      { now, source: 's' },
    );
    const reader = openAccountCache(db, { pointerMaxAgeMs: 60_000 });
    expect(await reader.find({ kind: 'domain', value: 'b1.com' })).toEqual(['B1']);
    // A newer delta changes B1 (same domain); the reader keeps the revision and directory it read.
    await applyAccountChanges(
      db,
      { accounts: [{ id: 'B1', name: 'Base One Again', domain: 'b1.com' }], deleted: [], mode: 'merge' },
      { now, source: 's' },
    );
    expect(await reader.find({ kind: 'domain', value: 'b1.com' })).toEqual(['B1']);
    expect((await reader.searchByName('base one', 5)).map((a) => a.id)).toEqual(['B1']);
    reader.refresh();
    expect((await reader.getAccount('B1'))?.name).toBe('Base One Again');
  });

  it('keeps counts exact when one account changes again and again, and is deleted and added back', async () => {
    const db = freshDb();
    await importAccounts(db, ['id,name\n1,One\n2,Two\n'], { fileName: 'a.csv', mode: 'replace', now });
    const apply = (accounts: Account[], deleted: string[] = []) =>
      applyAccountChanges(db, { accounts, deleted, mode: 'merge' }, { now, source: 's' });
    const cache = openAccountCache(db, { pointerMaxAgeMs: 0 });
    await apply([{ id: '1', name: 'One again' }]);
    await apply([{ id: '3', name: 'Three' }]);
    await apply([], ['1', '3', 'nope']);
    expect(await cache.count()).toBe(1);
    await apply([
      { id: '1', name: 'One back' },
      { id: '3', name: 'Three back' },
    ]);
    expect(await cache.count()).toBe(3);
    expect((await cache.searchByName('o', 5)).map((a) => a.name)).toEqual(['One back']);
    expect((await cache.searchByName('t', 5)).map((a) => a.name)).toEqual(['Three back', 'Two']);
    // A deletion of an account neither cached nor overlaid is kept unsettled; settled, it adds nothing.
    expect((await readActiveCache(db))?.overlay).toMatchObject({ revision: 4, rows: 3, unsettled: 3 });
    await settleActiveOverlay(db);
    expect((await readActiveCache(db))?.overlay).toEqual({ revision: 4, rows: 3, net: 1, unsettled: 0 });
    expect(await cache.count()).toBe(3);
    await apply([], ['2']);
    expect((await readActiveCache(db))?.overlay).toEqual({ revision: 5, rows: 4, net: 1, unsettled: 1 });
    expect(await cache.count()).toBe(2);
  });
});

describe('the TAL listed by the overlay', () => {
  it('keeps what a delta lists on the TAL in a small row of its own, moved into the data listing by the next generation', async () => {
    const db = freshDb();
    await importAccounts(db, ['id,name,onTal\n1,Listed One,true\n2,Two,false\n'], { fileName: 'a.csv', mode: 'replace', now });
    const before = await db.meta.get('listedByData');
    const later = () => new Date('2026-11-24T00:00:00Z');
    await applyAccountChanges(
      db,
      { accounts: [{ id: '2', name: 'Two Listed', onTal: true, team: 'north' }], deleted: [], mode: 'merge' },
      { now: later, source: 'team server' },
    );
    // The data listing's row is not rewritten by a delta; the TAL reads both.
    expect(await db.meta.get('listedByData')).toEqual(before);
    expect(await readListedByData(db)).toEqual({
      '1': { name: 'Listed One', since: NOW.toISOString() },
      '2': { name: 'Two Listed', team: 'north', since: later().toISOString() },
    });
    await foldOverlay(db, { now });
    expect(await db.meta.get('listedByOverlay')).toBeUndefined();
    expect((await db.meta.get('listedByData')) as unknown).toEqual({
      key: 'listedByData',
      accounts: {
        '1': { name: 'Listed One', since: NOW.toISOString() },
        '2': { name: 'Two Listed', team: 'north', since: later().toISOString() },
      },
    });
  });
});

describe('alerts over the overlay', () => {
  it('a delta fires exactly what `tal alerts` fires, reading only the accounts it changed; a fold rings nothing again', async () => {
    const db = freshDb();
    const parsed = parsePlaybook(JSON.parse(example('playbook-alerts.json')));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    await savePlaybookVersion(db, parsed.playbook, 'file', NOW);
    await importAccounts(db, [example('accounts.csv')], { fileName: 'accounts.csv', mode: 'replace', now });
    expect(await scanAlerts(db, { now: NOW, isFor: () => true })).toEqual({ notices: [], fired: 0 });
    const scratch = freshDb();
    await importAccounts(scratch, [example('accounts-after.csv')], { fileName: 'after.csv', mode: 'replace', now });
    const after = await cachedAccounts(scratch);
    const gone = (await cachedAccounts(db)).map((a) => a.id).filter((id) => !after.some((a) => a.id === id));
    await applyAccountChanges(db, { accounts: after, deleted: gone, mode: 'merge' }, { now, source: 'team server' });
    const { notices: fired } = await scanAlerts(db, { now: NOW, isFor: () => true });
    const expected = example('expected-alerts.ndjson')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const byAccount = (list: { accountId: string; alert: string }[]) =>
      [...list].sort((a, b) => (a.accountId + a.alert < b.accountId + b.alert ? -1 : 1));
    expect(byAccount(fired.map(({ accountId, alertId, ownerId, team }) => ({ accountId, alert: alertId, ownerId, team })))).toEqual(
      byAccount(expected),
    );
    expect(await readAlerts(db)).toMatchObject({ revision: 1 });
    expect(await scanAlerts(db, { now: NOW, isFor: () => true })).toEqual({ notices: [], fired: 0 });

    const passing = await readPassing(db);
    const folded = await foldOverlay(db, { now });
    expect(await readAlerts(db)).toMatchObject({ generation: folded, revision: 0 });
    expect(await scanAlerts(db, { now: NOW, isFor: () => true })).toEqual({ notices: [], fired: 0 });
    expect(await readPassing(db)).toEqual(passing);
  });

  it("a delta's scan reads and writes only the alert-state buckets of the accounts it changed, and leaves the state a full scan gives", async () => {
    const db = freshDb();
    // Counts the alertPassing records read (get, bulkGet and whole-table reads) and written, once `counting`.
    const io = { counting: false, read: 0, written: 0 };
    db.use({
      stack: 'dbcore',
      name: 'count-alert-state',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          if (tableName !== 'alertPassing') return table;
          return {
            ...table,
            getMany: async (request) => {
              const rows = await table.getMany(request);
              if (io.counting) io.read += rows.filter(Boolean).length;
              return rows;
            },
            query: async (request) => {
              const result = await table.query(request);
              if (io.counting) io.read += result.result.length;
              return result;
            },
            mutate: (request) => {
              const rows =
                request.type === 'deleteRange'
                  ? Number.POSITIVE_INFINITY
                  : request.type === 'delete'
                    ? request.keys.length
                    : request.values.length;
              if (io.counting) io.written += rows;
              return table.mutate(request);
            },
          };
        },
      }),
    });
    const parsed = parsePlaybook({
      ...JSON.parse(example('playbook-alerts.json')),
      alerts: [{ id: 'big', label: '2,000 people or more', scope: 'all', when: { field: 'employees', op: 'gte', value: 2000 } }],
    });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    await savePlaybookVersion(db, parsed.playbook, 'file', NOW);
    const { csv, accounts } = syntheticAccounts(3000);
    await importAccounts(db, [csv], { fileName: 'synthetic.csv', mode: 'replace', now });
    expect(await scanAlerts(db, { now: NOW, isFor: () => true })).toEqual({ notices: [], fired: 0 });
    const passingAtFirst = Object.keys(await readPassing(db)).length;
    expect(passingAtFirst).toBeGreaterThan(2000);

    // S7 starts to pass (it fires), S100 stops, S60 changes and still passes, S200 (passing) is deleted.
    const byId = new Map(accounts.map((a) => [a.id, a]));
    const changed = [
      { ...byId.get('S7'), employees: 9999 },
      { ...byId.get('S100'), employees: 10 },
      { ...byId.get('S60'), employees: 9000 },
    ] as Account[];
    expect([...changed.map((a) => a.id), 'S200'].map((id) => (byId.get(id)?.employees ?? 0) >= 2000)).toEqual([false, true, true, true]);
    await applyAccountChanges(db, { accounts: changed, deleted: ['S200'], mode: 'merge' }, { now, source: 'team server' });
    io.counting = true;
    const { notices } = await scanAlerts(db, { now: NOW, isFor: () => true });
    io.counting = false;
    expect(notices.map((n) => [n.accountId, n.alertId])).toEqual([['S7', 'big']]);
    expect(io.read).toBeLessThanOrEqual(4);
    expect(io.written).toBeLessThanOrEqual(4);
    expect(io.written).toBeGreaterThan(0);

    const after = accounts.filter((a) => a.id !== 'S200').map((a) => changed.find((c) => c.id === a.id) ?? a);
    const expected = Object.fromEntries(after.filter((a) => (a.employees ?? 0) >= 2000).map((a) => [a.id, ['big']]));
    expect(await readPassing(db)).toEqual(expected);
    // A full scan of a folded generation finds the same state and rings nothing again.
    await foldOverlay(db, { now });
    expect(await scanAlerts(db, { now: NOW, isFor: () => true })).toEqual({ notices: [], fired: 0 });
    expect(await readPassing(db)).toEqual(expected);
  });
});
