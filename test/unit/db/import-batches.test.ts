import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { importAccounts, openAccountCache } from '../../../lib/db';
import { readActiveCache } from '../../../lib/db/generations';
import { createInProcessPool, type ImportPool } from '../../../lib/db/import-pipeline/import-pool';
import { createMemoryAccountCache } from '../../../lib/db/memory-account-cache';
import { readGenerationAccounts } from '../../../lib/db/read-generation';
import { parseAccountsText } from '../../../lib/import';
import { MALFORMED_QUOTES } from '../../../lib/import/csv-tokenizer';
import { accountKeys, normalizeCompanyName } from '../../../lib/recognize/keys';
import { fixedClock, freshDb, readRepoFile, syntheticAccounts } from './helpers';

const now = fixedClock();

/** A pool whose answers come back in reverse order of the questions, as parallel workers' may. */
function reorderingPool(): ImportPool {
  const inner = createInProcessPool();
  let asked = 0;
  return {
    ...inner,
    size: 4,
    async readCsv(text, firstRecord, skip) {
      const result = await inner.readCsv(text, firstRecord, skip);
      // Later questions settle sooner: each earlier one waits a few more turns of the microtask queue.
      const turns = 40 - (asked++ % 4) * 10;
      for (let i = 0; i < turns; i++) await Promise.resolve();
      return result;
    },
  };
}

/**
 * A large CSV with problems spread over many batches: repeated ids far apart, bad values, blank
 * lines, quoted line breaks, and a stray quote whose cell runs on over the next lines.
 */
function messyCsv(newline = '\n') {
  const { csv } = syntheticAccounts(8000);
  const lines = csv.split('\n');
  lines[1500] = 'S10,Repeat of S10 far away,repeat.com,,12,,,gold';
  lines[3000] = '';
  lines[4200] = 'S4200,"Name with a\nline break",quoted.com,,lots,,,silver';
  lines[6100] = ',No id here,noid.com,,,,,';
  lines[7000] = 'S7000,Negative,neg.com,,-5,,,bronze';
  lines[7500] = 'S7500,"Stray" quote,stray.com,,,,,';
  lines[7503] = 'S7503,"Closes it",closes.com,,,,,';
  return lines.join(newline);
}

describe('importAccounts in batches', () => {
  it.each([
    ['salesforce-export.csv', () => readRepoFile('test/fixtures/examples/salesforce-export.csv')],
    ['hubspot-export.csv', () => readRepoFile('test/fixtures/examples/hubspot-export.csv')],
    ['fortune1000-2021-top100.csv', () => readRepoFile('test/fixtures/examples/real/fortune1000-2021-top100.csv')],
    ['salesforce-accounts-contacts.csv', () => readRepoFile('test/fixtures/examples/real/salesforce-accounts-contacts.csv')],
    ['messy.csv', () => messyCsv()],
    ['messy-crlf.csv', () => messyCsv('\r\n')],
  ])('reports %s exactly as the streaming reader, with workers answering out of order', async (name, text) => {
    const csv = text();
    expect(csv.length).toBeGreaterThan(0);
    const expected = parseAccountsText(csv, name);
    if (name.startsWith('messy')) expect(expected.errors.map((error) => error.message)).toContain(MALFORMED_QUOTES);
    const db = freshDb();
    const pieces = csv.match(/[\s\S]{1,70000}/g) ?? [];
    const { report } = await importAccounts(db, pieces, { fileName: name, mode: 'replace', now, pool: reorderingPool() });
    const { accounts, ...expectedReport } = expected;
    expect(report).toEqual(expectedReport);
    const cache = openAccountCache(db);
    expect(await cache.count()).toBe(accounts.length);
    for (const account of accounts.filter((_, i) => i % 250 === 0)) expect(await cache.getAccount(account.id)).toEqual(account);
  });

  it('spreads a large file over several batches', async () => {
    let batches = 0;
    const inner = createInProcessPool();
    const counting: ImportPool = {
      ...inner,
      readCsv: (...args) => {
        batches++;
        return inner.readCsv(...args);
      },
    };
    await importAccounts(freshDb(), [messyCsv()], { fileName: 'messy.csv', mode: 'replace', now, pool: counting });
    expect(batches).toBeGreaterThan(2);
  });
});

describe('merging into a large cache', () => {
  it('gives exactly the untouched previous accounts in their places then the file’s, found by every key, by name and in a scan', async () => {
    const db = freshDb();
    const { csv, accounts } = syntheticAccounts(6000);
    await importAccounts(db, [csv], { fileName: 'all.csv', mode: 'replace', now });
    // The update renames a few accounts (new name keys, old ones gone) and adds new ones.
    const update = syntheticAccounts(1500, 'N');
    const renamed = accounts.filter((_, i) => i % 500 === 7).map((a) => ({ ...a, name: `${a.name} Renamed`, aliases: undefined }));
    const header = 'id,name,domain,employees,salesforceId,linkedinSlug,tier';
    const line = (a: (typeof accounts)[number]) =>
      [a.id, a.name, a.domain, a.employees, a.salesforceId, a.linkedinSlug, a.custom?.tier].join(',');
    const updateCsv = `${header}\n${[...renamed, ...update.accounts].map(line).join('\n')}\n`;
    await importAccounts(db, [updateCsv], { fileName: 'update.csv', mode: 'merge', now });
    const fileAccounts = parseAccountsText(updateCsv, 'update.csv').accounts;
    const replaced = new Set(fileAccounts.map((a) => a.id));
    const expected = [...accounts.filter((a) => !replaced.has(a.id)), ...fileAccounts];
    // The previous generation's chunks were borrowed, not copied: only those that lost a renamed account were written again.
    const active = await readActiveCache(db);
    if (!active) throw new Error('no active cache');
    const own = await db.accountChunks
      .where(':id')
      .between([active.generation.generation, 0], [active.generation.generation, Dexie.maxKey])
      .count();
    const borrowed = (active.generation.borrowed ?? []).reduce((sum, [, chunks]) => sum + chunks, 0);
    expect(borrowed).toBe(30 - renamed.length);
    expect(own).toBe(renamed.length + Math.ceil(fileAccounts.length / 200));
    const scanned: string[] = [];
    for await (const { accounts: batch } of readGenerationAccounts(db, active.generation)) scanned.push(...batch.map((a) => a.id));
    expect(scanned).toEqual(expected.map((a) => a.id));
    const dexie = openAccountCache(db);
    const memory = createMemoryAccountCache(expected);
    expect(await dexie.count()).toBe(expected.length);
    for (const account of expected.filter((_, i) => i % 97 === 0)) {
      for (const key of accountKeys(account)) expect(await dexie.find(key), `${key.kind} ${key.value}`).toEqual(await memory.find(key));
      expect(await dexie.getAccount(account.id)).toEqual(account);
    }
    const old = renamed[0];
    if (!old) throw new Error('no renamed account');
    // The old name no longer finds the renamed account (a new account of the update may carry it).
    const oldName = { kind: 'name' as const, value: normalizeCompanyName(accounts.find((a) => a.id === old.id)?.name ?? '') };
    expect(await dexie.find(oldName)).toEqual(await memory.find(oldName));
    expect(await dexie.find(oldName)).not.toContain(old.id);
    for (const prefix of ['acme robotics 1', 'globex', 'hooli software 9']) {
      expect((await dexie.searchByName(prefix, 15)).map((a) => a.id)).toEqual((await memory.searchByName(prefix, 15)).map((a) => a.id));
    }
  });
});
