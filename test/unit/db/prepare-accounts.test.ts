import { describe, expect, it } from 'vitest';
import { storedAccountJson } from '../../../lib/db/account-chunk';
import { cacheKeysOf, hashKey } from '../../../lib/db/key-hash';
import { prepareAccounts } from '../../../lib/db/prepare-accounts';
import type { Account } from '../../../lib/schema/account';

describe('prepareAccounts', () => {
  const accounts: Account[] = [
    { id: 'A1', name: 'Acme', domain: 'acme.com' },
    { id: 'A2', name: 'Bolt', employees: 12, industry: undefined },
    { id: 'A3', name: 'Cobalt GmbH', custom: { tier: 'gold' }, salesforceId: '001A000001NwRtl' },
    { id: 'A4', name: 'Dune', domain: 'dune.io', custom: { region: 'EMEA' } },
  ];

  it('lists every field and custom key some account holds a value in, and no other', () => {
    const prepared = prepareAccounts(accounts);
    expect(new Set(prepared.fields)).toEqual(new Set(['id', 'name', 'domain', 'employees', 'custom', 'salesforceId']));
    expect(new Set(prepared.customKeys)).toEqual(new Set(['tier', 'region']));
  });

  it('gives each account its JSON, its key hashes in order, and its folded name', () => {
    const prepared = prepareAccounts(accounts);
    expect(prepared.ids).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(prepared.json).toEqual(accounts.map(storedAccountJson));
    const hashes = accounts.flatMap((a) => [...new Set(cacheKeysOf(a).map(hashKey))]);
    expect(Array.from(prepared.keyHashes)).toEqual(hashes);
    expect(Array.from(prepared.keyCounts)).toEqual(accounts.map((a) => new Set(cacheKeysOf(a).map(hashKey)).size));
    expect(prepared.names[2]).toBe('cobalt gmbh');
  });

  it('gives the order of the accounts by folded name, ties in index order', () => {
    const prepared = prepareAccounts([
      { id: 'A1', name: 'Zeta' },
      { id: 'A2', name: 'acme' },
      { id: 'A3', name: 'Bolt' },
      { id: 'A4', name: 'ACME' },
    ]);
    expect(Array.from(prepared.nameOrder)).toEqual([1, 3, 2, 0]);
  });
});
