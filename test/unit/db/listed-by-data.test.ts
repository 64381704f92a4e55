import { describe, expect, it } from 'vitest';
import { importAccounts, setTalOverride } from '../../../lib/db';
import { readListedByData } from '../../../lib/db/listed-by-data';
import { entryAccount, readTalEntries } from '../../../lib/services/tal-entries';
import { fixedClock, freshDb } from './helpers';

const now = fixedClock('2026-11-23T10:00:00Z');
const LISTED = 'id,name,domain,team,onTal\nA1,Alpha,alpha.io,ka,true\nA2,Beta,beta.io,ka,yes\nA3,Gamma,gamma.io,mm,false\nA4,Delta,,mm,\n';

describe("the data's listing of the TAL", () => {
  it('keeps every account an import listed, by name, through a replace that lacks it; a decision still wins', async () => {
    const db = freshDb();
    await importAccounts(db, [LISTED], { fileName: 'crm.csv', mode: 'replace', now });
    expect(await readListedByData(db)).toEqual({
      A1: { name: 'Alpha', domain: 'alpha.io', team: 'ka', since: '2026-11-23T10:00:00.000Z' },
      A2: { name: 'Beta', domain: 'beta.io', team: 'ka', since: '2026-11-23T10:00:00.000Z' },
    });
    await importAccounts(db, ['id,name\nZ1,Zeta\n'], { fileName: 'other.csv', mode: 'replace', now });
    const entries = await readTalEntries(db);
    expect(entries.map((entry) => [entryAccount(entry).name, entry.account === undefined])).toEqual([
      ['Alpha', true],
      ['Beta', true],
    ]);
    // An approved removal takes one off; the listing stays as it was, the decision wins.
    await setTalOverride(db, { accountId: 'A2', onTal: false, source: 'proposal' }, now());
    expect((await readTalEntries(db)).map((entry) => entry.accountId)).toEqual(['A1']);
    // Data that lists it again, renamed, brings the name up to date but not over the decision.
    await importAccounts(db, ['id,name,onTal\nA2,Beta Corp,true\nA1,Alpha Inc,true\n'], { fileName: 'again.csv', mode: 'merge', now });
    expect((await readListedByData(db)).A2?.name).toBe('Beta Corp');
    expect((await readTalEntries(db)).map((entry) => [entry.accountId, entryAccount(entry).name])).toEqual([['A1', 'Alpha Inc']]);
  });
});
