import { describe, expect, it } from 'vitest';
import { importAccounts, openAccountCache } from '../../../lib/db';
import { createInProcessPool, type ImportPool } from '../../../lib/db/import-pool';
import { parseAccountsText } from '../../../lib/import';
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

/** A large CSV with problems spread over many batches: repeated ids far apart, bad values, blank lines, quoted line breaks. */
function messyCsv() {
  const { csv } = syntheticAccounts(8000);
  const lines = csv.split('\n');
  lines[1500] = 'S10,Repeat of S10 far away,repeat.com,,12,,,gold';
  lines[3000] = '';
  lines[4200] = 'S4200,"Name with a\nline break",quoted.com,,lots,,,silver';
  lines[6100] = ',No id here,noid.com,,,,,';
  lines[7000] = 'S7000,Negative,neg.com,,-5,,,bronze';
  return lines.join('\n');
}

describe('importAccounts in batches', () => {
  it.each([
    ['salesforce-export.csv', () => readRepoFile('test/fixtures/examples/salesforce-export.csv')],
    ['hubspot-export.csv', () => readRepoFile('test/fixtures/examples/hubspot-export.csv')],
    ['fortune1000-2021-top100.csv', () => readRepoFile('test/fixtures/examples/real/fortune1000-2021-top100.csv')],
    ['salesforce-accounts-contacts.csv', () => readRepoFile('test/fixtures/examples/real/salesforce-accounts-contacts.csv')],
    ['messy.csv', messyCsv],
  ])('reports %s exactly as the streaming reader, with workers answering out of order', async (name, text) => {
    const csv = text();
    expect(csv.length).toBeGreaterThan(0);
    const expected = parseAccountsText(csv, name);
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
