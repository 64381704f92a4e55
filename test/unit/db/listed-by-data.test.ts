import { describe, expect, it } from 'vitest';
import { applyAccountChanges, importAccounts, setTalOverride } from '../../../lib/db';
import { readListedByData, readListing } from '../../../lib/db/listed-by-data';
import { entryAccount, readTalEntries, readTalTeams } from '../../../lib/services/tal-entries';
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

  it("reads the data's part once per generation, the deltas' over it, and gives the TAL's teams without a copy", async () => {
    const db = freshDb();
    await importAccounts(db, [LISTED], { fileName: 'crm.csv', mode: 'replace', now });
    const first = await readListing(db);
    // The data's ids are read and kept once for the generation.
    expect((await readListing(db)).ids).toBe(first.ids);
    expect(first.ids).toEqual(['A1', 'A2']);
    expect(first.get('constructor')).toBeUndefined();
    // A delta lists a new account and moves A2 to another team.
    await applyAccountChanges(
      db,
      {
        accounts: [
          { id: 'N1', name: 'Nu', team: 'mm', onTal: true },
          { id: 'A2', name: 'Beta', domain: 'beta.io', team: 'mm', onTal: true },
        ],
        deleted: [],
        mode: 'merge',
      },
      { now: fixedClock('2026-11-24T10:00:00Z'), source: 'team server' },
    );
    const listing = await readListing(db);
    expect(listing.ids).toEqual(['A1', 'A2', 'N1']);
    // The delta's entry wins, keeping the day the account was first listed.
    expect(listing.get('A2')).toEqual({ name: 'Beta', domain: 'beta.io', team: 'mm', since: '2026-11-23T10:00:00.000Z' });
    expect(listing.get('N1')).toEqual({ name: 'Nu', team: 'mm', since: '2026-11-24T10:00:00.000Z' });
    expect(await readListedByData(db)).toEqual(Object.fromEntries(listing.ids.map((id) => [id, listing.get(id)])));
    // A decision takes A1 off; a decision's team wins over the listing's.
    await setTalOverride(db, { accountId: 'A1', onTal: false, source: 'proposal' }, now());
    await setTalOverride(db, { accountId: 'N1', onTal: true, source: 'proposal', team: 'ka' }, now());
    const { ids, teamOf } = await readTalTeams(db);
    expect(ids.map((id) => [id, teamOf(id)])).toEqual([
      ['N1', 'ka'],
      ['A2', 'mm'],
    ]);
  });
});
