import { describe, expect, it } from 'vitest';
import {
  STORED_FIELDS,
  storedAccount,
  storedAccountId,
  storedAccountJson,
  storedAccountObject,
  storedCount,
  storedJson,
} from '../../../lib/db/account-chunk';
import { StoredRowError } from '../../../lib/db/stored-row';
import { ACCOUNT_FIELDS, type Account, AccountSchema } from '../../../lib/schema/account';
import { ACCOUNT_FIELD_TABLE, type FieldKind } from '../../../lib/schema/account-fields';

/** A value of each kind of field that its schema accepts. */
const VALUE_OF_KIND: Record<FieldKind, unknown> = {
  text: 'Acme',
  domain: 'acme.com',
  domains: ['acme.io'],
  list: ['Salesforce'],
  count: 120,
  amount: 1.5e6,
  score: 64,
  date: '2026-11-14',
  boolean: true,
  customerType: 'customer',
  slug: 'acme',
  numericId: '1441',
};

/** An account with every field of the table set, and a custom value. */
function fullAccount(): Account {
  const entries = Object.entries(ACCOUNT_FIELD_TABLE).map(([field, spec]) => [field, VALUE_OF_KIND[spec.kind]]);
  return AccountSchema.parse({ ...Object.fromEntries(entries), id: 'A1', custom: { tier: 'gold' } });
}

describe('accounts stored as JSON texts', () => {
  it('gives each text of a chunk back, whatever its script, and nothing past its ends', () => {
    const accounts = ['["A1"]', '["Ж2","Газпром нефть"]', '["阿里巴巴"]', '', '["😀"]'];
    const stored = { accounts };
    expect(storedCount(stored)).toBe(accounts.length);
    expect(accounts.map((_, k) => storedJson(stored, k))).toEqual(accounts);
    expect(storedJson(stored, accounts.length)).toBeUndefined();
    expect(storedJson(stored, -1)).toBeUndefined();
  });

  it('reads a stored account’s id from the start of its JSON, or from all of it', () => {
    const texts = ['["A\\"1","x"]', '{"name":"x","id":"B2"}', '["Ж\\\\3"]', '[7,"x"]', '{"id":"E5"}', '["\\u00e9t\\u00e9",1]'];
    expect(texts.map(storedAccountId)).toEqual(['A"1', 'B2', 'Ж\\3', '7', 'E5', 'été']);
  });
});

describe('the stored form of an account', () => {
  it('places every field of the schema once, custom last', () => {
    expect([...STORED_FIELDS].sort()).toEqual([...ACCOUNT_FIELDS].sort());
    expect(new Set(STORED_FIELDS).size).toBe(STORED_FIELDS.length);
    expect(STORED_FIELDS.at(-1)).toBe('custom');
  });

  it('writes each value at its field’s place, null where the account has none', () => {
    // Every field holds a value of its own, so a value at the wrong place shows.
    const full = Object.fromEntries(STORED_FIELDS.map((field, i) => [field, `v${i}`])) as unknown as Account;
    expect(JSON.parse(storedAccountJson(full))).toEqual(STORED_FIELDS.map((_, i) => `v${i}`));
    const sparse: Account = { id: 'A1', name: 'Acme', onTal: false, custom: { tier: 'gold' } };
    const values = JSON.parse(storedAccountJson(sparse)) as unknown[];
    expect(values).toHaveLength(STORED_FIELDS.length);
    expect(values.filter((value) => value !== null)).toEqual(['A1', 'Acme', false, { tier: 'gold' }]);
  });

  it('reads back exactly the account written, whatever its values', () => {
    const accounts: Account[] = [
      { id: 'A1', name: 'Acme' },
      { id: 'Ж2', name: 'ООО «Ромашка»', aliases: ['romashka.ru'], employees: 0, onTal: false, custom: { note: null, n: [1, 'два'] } },
      { id: '阿3', name: '阿里巴巴', annualRevenue: 1.5e9, lastVisitAt: '2026-11-14', crunchbaseSlug: 'alibaba', custom: {} },
    ];
    const stored = { accounts: accounts.map(storedAccountJson) };
    expect(accounts.map((_, k) => storedAccount(stored, k, `account ${k}`))).toEqual(accounts.map((a) => expect.objectContaining(a)));
    expect(stored.accounts.map(storedAccountId)).toEqual(['A1', 'Ж2', '阿3']);
  });

  it('refuses a stored value that is not an account, naming where it is', () => {
    const stored = {
      accounts: [
        '["A1"]',
        '["A1","Acme","not a domain ",null]',
        '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32]',
        '"A1"',
      ],
    };
    expect(() => storedAccount(stored, 0, 'chunk 7 account 0')).toThrow(
      new StoredRowError('chunk 7 account 0: stored account is not readable (["A1"]…)'),
    );
    // Text is trimmed as the schema says; a value of the wrong kind is refused.
    expect(storedAccount(stored, 1, 'x').domain).toBe('not a domain');
    expect(() => storedAccount(stored, 2, 'chunk 7 account 2')).toThrow(StoredRowError);
    expect(() => storedAccount(stored, 3, 'chunk 7 account 3')).toThrow(StoredRowError);
    expect(() => storedAccount(stored, 4, 'chunk 7 account 4')).toThrow(new StoredRowError('chunk 7 account 4: no account there'));
    // Fields from the start, custom always last: an array shorter than today's was written before fields were added.
    expect(storedAccountObject(['A1', null, 'a.com', { tier: 'gold' }])).toEqual({ id: 'A1', domain: 'a.com', custom: { tier: 'gold' } });
  });

  it('checks a stored array of values exactly as the whole schema checks the object it stands for', () => {
    const base = storedAccountObject(JSON.parse(storedAccountJson(fullAccount()))) as Record<string, unknown>;
    const fields = STORED_FIELDS.length - 1;
    // Awkward values for every place: kinds each field takes and refuses, text to trim or empty, edge numbers, bad lists and custom values.
    const awkward: unknown[] = [
      null,
      '',
      '  ',
      ' x ',
      'x',
      'acme.com',
      0,
      -1,
      1.5,
      100,
      101,
      1e21,
      true,
      false,
      [],
      [''],
      [' a '],
      ['a', 1],
      {},
      { a: 1 },
      '2026-11-14',
      '2026-11-14T10:00:00Z',
      '2026-13-40',
      'customer',
      'prospect',
      'nope',
    ];
    const variants: unknown[][] = [];
    const values: unknown[] = STORED_FIELDS.map((field) => base[field] ?? null);
    for (let place = 0; place <= fields; place++) {
      for (const value of awkward) {
        const variant = [...values];
        variant[place] = value;
        variants.push(variant);
      }
    }
    // Shorter arrays, as older versions wrote them, and lengths that are no account.
    variants.push(['A1', 'Acme', null], ['A1', 'Acme', { ['__proto__']: 1 }], ['A1'], [...values, null]);
    let accepted = 0;
    for (const variant of variants) {
      const json = JSON.stringify(variant);
      const expected = AccountSchema.safeParse(storedAccountObject(JSON.parse(json)));
      const read = (() => {
        try {
          return storedAccount({ accounts: [json] }, 0, 'x');
        } catch (error) {
          expect(error).toBeInstanceOf(StoredRowError);
          return null;
        }
      })();
      if (expected.success) accepted++;
      expect(read === null ? null : JSON.parse(JSON.stringify(read)), json).toEqual(expected.success ? expected.data : null);
    }
    // Both kinds of answer were given, many times.
    expect(accepted).toBeGreaterThan(100);
    expect(variants.length - accepted).toBeGreaterThan(100);
  });

  it('reads an account stored before a field was added to the table: no migration needed', () => {
    // Version 5 wrote 30 fields, then custom; linkedinId came after.
    const v5 = JSON.stringify(['A1', 'Acme', 'acme.com', ...Array(26).fill(null), 'acme-crunch', { tier: 'gold' }]);
    expect(storedAccount({ accounts: [v5] }, 0, 'chunk 0 account 0')).toEqual({
      id: 'A1',
      name: 'Acme',
      domain: 'acme.com',
      crunchbaseSlug: 'acme-crunch',
      custom: { tier: 'gold' },
    });
    const today: Account = { id: 'A1', name: 'Acme', linkedinId: '1441', custom: { tier: 'gold' } };
    expect(storedAccount({ accounts: [storedAccountJson(today)] }, 0, 'x')).toEqual(today);
  });
});
