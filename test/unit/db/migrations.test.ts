import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTalDb, getActivePlaybook, getAnswers, openAccountCache, TABLE_ROW_SCHEMAS } from '../../../lib/db';
import { storedAccountJson } from '../../../lib/db/account-chunk';
import { alertPassingBucket, readPassing } from '../../../lib/db/alert-scan';
import { cacheKeysOf } from '../../../lib/db/key-hash';
import { MIGRATIONS } from '../../../lib/db/migrations';
import { bytesChunkOf, bytesChunkTexts } from '../../../lib/db/migrations/bytes-chunk';
import { foldForSearch } from '../../../lib/db/name-search';
import type { Account } from '../../../lib/schema/account';
import { type DbDump, dumpDb, loadDump } from './db-dump';

const fixturePath = (version: number) => fileURLToPath(new URL(`./fixtures/v${version}.json`, import.meta.url));
const readFixture = (version: number): DbDump => JSON.parse(readFileSync(fixturePath(version), 'utf8'));
const name = () => `migration-${crypto.randomUUID()}`;
/**
 * Tables no upgrade fills from the fixtures, so no fixture can hold rows of them (the fixtures are
 * made by upgrades): a generation's account overlay starts empty, and the alert state moves in from
 * rows that only a scan writes. Their rows are checked against TABLE_ROW_SCHEMAS by their own tests
 * (test/unit/db/account-overlay.test.ts, the v9 test below).
 */
const EMPTY_AFTER_UPGRADE = new Set(['overlayPages', 'alertPassing']);

describe('database migrations', () => {
  it('has a fixture for every schema version, versions numbered 1, 2, 3 …', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    for (const { version } of MIGRATIONS) {
      expect(existsSync(fixturePath(version)), `test/unit/db/fixtures/v${version}.json`).toBe(true);
      expect(readFixture(version).version).toBe(version);
    }
  });

  it('holds every table in the latest fixture, each row valid against its current schema', () => {
    const latest = readFixture(MIGRATIONS.length);
    expect(Object.keys(latest.tables).sort()).toEqual(Object.keys(TABLE_ROW_SCHEMAS).sort());
    const db = createTalDb(name());
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(TABLE_ROW_SCHEMAS).sort());
    for (const table of Object.keys(TABLE_ROW_SCHEMAS)) {
      if (EMPTY_AFTER_UPGRADE.has(table)) expect(latest.tables[table], `rows of ${table}`).toEqual([]);
      else expect(latest.tables[table]?.length, `rows of ${table}`).toBeGreaterThan(0);
    }
  });

  it('reads the latest fixture back exactly, and the app reads its data', async () => {
    const latest = readFixture(MIGRATIONS.length);
    const db = createTalDb(name());
    await loadDump(db, latest);
    expect(await dumpDb(db)).toEqual(latest);
    for (const [table, schema] of Object.entries(TABLE_ROW_SCHEMAS)) {
      for (const row of await db.table(table).toArray()) expect(schema.safeParse(row).success, `${table} row`).toBe(true);
    }
    const cache = openAccountCache(db);
    expect(await cache.find({ kind: 'domain', value: 'nwretail.com' })).toEqual([]);
    expect(await cache.find({ kind: 'alias', value: 'nwretail.com' })).toEqual(['A001']);
    expect((await getActivePlaybook(db))?.playbook.name).toBe('Fixture playbook');
    expect((await getAnswers(db, 'A002'))?.answers).toEqual({ champion: true });
  });

  for (const migration of MIGRATIONS.slice(1)) {
    it(`migrates the v${migration.version - 1} fixture to exactly the v${migration.version} fixture`, async () => {
      const dbName = name();
      const before = createTalDb(dbName, undefined, MIGRATIONS.slice(0, migration.version - 1));
      await loadDump(before, readFixture(migration.version - 1));
      before.close();
      const after = createTalDb(dbName, undefined, MIGRATIONS.slice(0, migration.version));
      expect(await dumpDb(after)).toEqual(readFixture(migration.version));
    });
  }

  it.each([
    ['its own meta row', { key: 'alertPassing', passing: { A001: ['hot'], A002: ['hot', 'big'] } }, {}],
    ['the alerts row (before the alert state had a row of its own)', undefined, { passing: { A001: ['hot'], A002: ['hot', 'big'] } }],
  ])('moves the alert state from %s into buckets at v9, so that no alert rings again', async (_, row, inAlerts) => {
    const dbName = name();
    const before = createTalDb(dbName, undefined, MIGRATIONS.slice(0, 8));
    await loadDump(before, readFixture(8));
    const alerts = { key: 'alerts', generation: 1, revision: 0, known: ['hot', 'big'], notices: [], muted: [], ...inAlerts };
    await before.table('meta').bulkPut([alerts, ...(row ? [row] : [])]);
    before.close();
    const after = createTalDb(dbName);
    const buckets = await after.table('alertPassing').toArray();
    for (const bucket of buckets) expect(TABLE_ROW_SCHEMAS.alertPassing.safeParse(bucket).success).toBe(true);
    expect(buckets.map((b) => b.bucket)).toEqual([alertPassingBucket('A002'), alertPassingBucket('A001')].sort((a, b) => a - b));
    expect(await readPassing(after)).toEqual({ A001: ['hot'], A002: ['hot', 'big'] });
    expect(await after.table('meta').get('alertPassing')).toBeUndefined();
    expect(await after.table('meta').get('alerts')).toEqual({
      key: 'alerts',
      generation: 1,
      revision: 0,
      known: ['hot', 'big'],
      notices: [],
      muted: [],
    });
  });

  it('leaves a v3 stored account it cannot hold as an array as it was, for the reader to refuse', async () => {
    const dbName = name();
    const before = createTalDb(dbName, undefined, MIGRATIONS.slice(0, 3));
    await loadDump(before, readFixture(3));
    const texts = ['{"id":"X1","name":"Odd","bogus":1}', '"not an account"', '{"id":"X3","name":"Fine"}'];
    await before.table('accountChunks').put({ generation: 9, chunk: 0, ...bytesChunkOf(texts) });
    before.close();
    const after = createTalDb(dbName, undefined, MIGRATIONS.slice(0, 4));
    const row = await after.table('accountChunks').get([9, 0]);
    expect(bytesChunkTexts(row)).toEqual([texts[0], texts[1], `["X3","Fine",${'null,'.repeat(28)}null]`]);
  });

  it('moves v4 stored accounts of any script into strings exactly, and leaves a row of no known form as it was', async () => {
    const dbName = name();
    const before = createTalDb(dbName, undefined, MIGRATIONS.slice(0, 4));
    await loadDump(before, readFixture(4));
    const texts = ['["Ж1","Газпром нефть"]', '["阿2","阿里巴巴"]', '["E3","😀 \\ud800"]', '["A4","Crème"]'];
    await before.table('accountChunks').bulkPut([
      { generation: 9, chunk: 0, ...bytesChunkOf(texts) },
      { generation: 9, chunk: 1, accounts: ['["A5"]'] },
    ]);
    before.close();
    const after = createTalDb(dbName, undefined, MIGRATIONS.slice(0, 5));
    expect(await after.accountChunks.get([9, 0])).toEqual({ generation: 9, chunk: 0, accounts: texts });
    expect(await after.accountChunks.get([9, 1])).toEqual({ generation: 9, chunk: 1, accounts: ['["A5"]'] });
  });

  it('writes the bytes form of versions 3 and 4 as TextEncoder does, and reads it back', () => {
    const texts = ['["A1"]', '', '["Ж2","阿"]', '["😀"]'];
    const chunk = bytesChunkOf(texts);
    expect(Array.from(chunk.json)).toEqual(Array.from(new TextEncoder().encode(texts.join(''))));
    expect(Array.from(chunk.ends)).toEqual([6, 6, 19, 27]);
    expect(bytesChunkTexts(chunk)).toEqual(texts);
    // A lone surrogate is written as U+FFFD, as TextEncoder writes it.
    expect(bytesChunkTexts(bytesChunkOf(['\ud800']))).toEqual(['\ufffd']);
  });

  it('moves a v7 overlay into pages, the accounts it changed and deleted answering as before', async () => {
    const dbName = name();
    const before = createTalDb(dbName, undefined, MIGRATIONS.slice(0, 7));
    await loadDump(before, readFixture(7));
    // As version 7 wrote them: a record per account, keys and names prefixed by the generation.
    const v7Row = (account: Account | null, id: string) => ({
      generation: 1,
      id,
      account: account && storedAccountJson(account),
      inBase: null,
      keys: account
        ? cacheKeysOf(account)
            .slice(1)
            .map((key) => `1\u0001${key}`)
        : [],
      names: account ? [`1\u0001${foldForSearch(account.name)}`] : [],
      revision: 2,
    });
    const renamed = { id: 'A002', name: 'Contoso Bank Renamed', domain: 'contoso-renamed.com' };
    const added = Array.from({ length: 60 }, (_, i) => ({
      id: `N${String(i + 1).padStart(3, '0')}`,
      name: `Newco ${i + 1}`,
      domain: `newco${i + 1}.com`,
    }));
    await before.table('accountOverlay').bulkPut([v7Row(null, 'A001'), v7Row(renamed, 'A002'), ...added.map((a) => v7Row(a, a.id))]);
    await before
      .table('meta')
      .put({ key: 'activeCache', generation: 1, importId: 1, overlay: { revision: 2, rows: 62, net: 0, unsettled: 62 } });
    before.close();

    const after = createTalDb(dbName, undefined, MIGRATIONS.slice(0, 8));
    const pages = await after.overlayPages.toArray();
    expect(pages.map((page) => [page.generation, page.page, page.rows.length])).toEqual([
      [1, 0, 50],
      [1, 1, 12],
    ]);
    expect(pages[0]?.rows[1]).toEqual({
      id: 'A002',
      account: storedAccountJson(renamed),
      inBase: null,
      keys: cacheKeysOf(renamed).slice(1),
      names: ['contoso bank renamed'],
      revision: 2,
    });
    for (const page of pages) expect(TABLE_ROW_SCHEMAS.overlayPages.safeParse(page).success).toBe(true);
    const directory = TABLE_ROW_SCHEMAS.meta.parse(await after.meta.get('overlayDirectory'));
    expect(directory).toMatchObject({
      key: 'overlayDirectory',
      generation: 1,
      ids: ['A001', 'A002', ...added.map((a) => a.id)],
      pages: Uint32Array.from([...Array(50).fill(0), ...Array(12).fill(1)]),
      // In order of name, then id; the deleted account has none.
      names: ['contoso bank renamed', ...added.map((a) => a.name.toLowerCase()).sort()],
    });
    const cache = openAccountCache(after);
    expect(await cache.find({ kind: 'domain', value: 'newco55.com' })).toEqual(['N055']);
    expect(await cache.find({ kind: 'domain', value: 'contosobank.com' })).toEqual([]);
    expect(await cache.find({ kind: 'domain', value: 'contoso-renamed.com' })).toEqual(['A002']);
    expect(await cache.getAccount('A001')).toBeUndefined();
    expect((await cache.searchByName('contoso', 5)).map((a) => a.name)).toEqual(['Contoso Bank Renamed']);
    expect(await cache.count()).toBe(61);
  });

  it('keeps every account the v5 cache lists on the TAL, with its name,, so a later import cannot hide it', async () => {
    const dbName = name();
    const before = createTalDb(dbName, undefined, MIGRATIONS.slice(0, 5));
    const v5 = readFixture(5);
    const chunk = (v5.tables.accountChunks as { accounts: string[] }[])[0] as { accounts: string[] };
    const listed = `["A009","Fabrikam Software","fabrikam.io",${'null,'.repeat(18)}"ka",true${',null'.repeat(8)}]`;
    chunk.accounts.push(listed);
    await loadDump(before, v5);
    before.close();
    const after = createTalDb(dbName, undefined, MIGRATIONS.slice(0, 6));
    const importedAt = (v5.tables.imports as { at: string }[])[0]?.at;
    const row = (await after.meta.get('listedByData')) as { accounts: Record<string, unknown> } | undefined;
    expect(row?.accounts.A009).toEqual({ name: 'Fabrikam Software', domain: 'fabrikam.io', team: 'ka', since: importedAt });
    expect(await after.talOverrides.get('A009')).toBeUndefined();
    expect(await after.meta.get('lastGeneration')).toEqual({ key: 'lastGeneration', generation: 1 });
  });
});
