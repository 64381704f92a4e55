import { describe, expect, it } from 'vitest';
import { buildKeyBuckets, chooseBucketBits } from '../../../lib/db/build-key-buckets';
import { namePagesOfSorted, sortNameEntries } from '../../../lib/db/build-name-pages';
import { bucketOf, cacheKeysOf, hashKey, hashKeyParts, KeyHashes } from '../../../lib/db/key-hash';
import { mergeRuns, NameRunMerger } from '../../../lib/db/name-runs';
import { foldForSearch, nameSearchEntries } from '../../../lib/db/name-search';

describe('key hashing', () => {
  it('hashes deterministically to 32 bits, spreading similar keys over buckets', () => {
    expect(hashKey('domain\u0000acme.com')).toBe(hashKey('domain\u0000acme.com'));
    const buckets = new Set(Array.from({ length: 1000 }, (_, i) => bucketOf(hashKey(`domain\u0000company${i}.com`), 4)));
    expect(buckets.size).toBe(16);
    for (const i of [0, 1, 2]) expect(hashKey(`x${i}`)).toBeLessThan(2 ** 32);
  });

  it('indexes an account by its id and every recognition key once', () => {
    expect(
      cacheKeysOf({ id: 'A1', name: 'Acme Inc', domain: 'https://www.acme.com', aliases: ['acme.com', 'acme.io'], hubspotId: '9' }),
    ).toEqual(['id\u0000A1', 'crm-id\u0000hubspot:9', 'domain\u0000acme.com', 'alias\u0000acme.io', 'name\u0000acme']);
  });
});

describe('buildKeyBuckets', () => {
  it('puts every pair in the bucket of its top bits, positions in import order, empty buckets included', () => {
    const hashes = Uint32Array.from([0xf0000000, 0x10000000, 0xf0000001, 0x00000005]);
    const positions = Uint32Array.from([0, 1, 2, 3]);
    const buckets = buildKeyBuckets(hashes, positions, 2);
    expect(buckets.map((b) => Array.from(b.positions))).toEqual([[1, 3], [], [], [0, 2]]);
    expect(Array.from(buckets[3]?.hashes ?? [])).toEqual([0xf0000000, 0xf0000001]);
  });

  it('chooses about 4096 entries per bucket', () => {
    expect(chooseBucketBits(0)).toBe(0);
    expect(chooseBucketBits(4096)).toBe(0);
    expect(chooseBucketBits(4097)).toBe(1);
    expect(chooseBucketBits(600_000)).toBe(8);
  });
});

describe('name search entries and pages', () => {
  it('folds names for prefix search, ASCII and not', () => {
    expect(foldForSearch('Société Générale, S.A.')).toBe('societe generale s a');
    expect(foldForSearch('  Stark   Industries, Inc. ')).toBe('stark industries inc');
    expect(foldForSearch('ООО «Ромашка»')).toBe('ооо ромашка');
    expect(nameSearchEntries('Contoso Bank of Tokyo Inc.')).toEqual(['contoso bank of tokyo inc']);
    expect(nameSearchEntries('!!!')).toEqual([]);
  });

  it('cuts sorted entries into pages with a directory of first entries', () => {
    const names = ['delta', 'alpha', 'charlie', 'bravo', 'alpha'];
    const positions = Uint32Array.from([0, 1, 2, 3, 4]);
    const order = sortNameEntries(names, positions);
    const sorted = {
      names: Array.from(order, (i) => names[i] as string),
      positions: Uint32Array.from(order, (i) => positions[i] as number),
    };
    const { pages, directory } = namePagesOfSorted(sorted, 2);
    expect(pages.map((p) => p.names)).toEqual([['alpha', 'alpha'], ['bravo', 'charlie'], ['delta']]);
    expect(pages.map((p) => Array.from(p.positions))).toEqual([[1, 4], [3, 2], [0]]);
    expect(directory).toEqual(['alpha', 'bravo', 'delta']);
  });
});

describe('hashKeyParts and KeyHashes', () => {
  it('hash a key exactly as hashing its key string does, once per distinct key, account after account', () => {
    const account = {
      id: 'A1',
      name: 'Acme Inc',
      domain: 'acme.com',
      aliases: ['acme.io'],
      hubspotId: '9',
      salesforceId: '001Dn0000000000IAA',
      dynamicsId: '{ABC-1}',
      linkedinSlug: 'Acme-Robotics',
    };
    // The same domain twice and a name that is its id: repeats within one account are left out, not across accounts.
    const other = { id: 'acme', name: 'Acme', domain: 'acme.com', aliases: ['acme.com', 'www.acme.com'] };
    const keyHashes = new KeyHashes();
    expect(keyHashes.push(account)).toBe(8);
    expect(keyHashes.push(other)).toBe(3);
    expect(Array.from(keyHashes.hashes.view())).toEqual([...cacheKeysOf(account), ...cacheKeysOf(other)].map(hashKey));
    expect(hashKeyParts('domain', '', 'acme.com')).toBe(hashKey('domain\u0000acme.com'));
    expect(hashKeyParts('crm-id', 'salesforce:', '001Dn0000000000')).toBe(hashKey('crm-id\u0000salesforce:001Dn0000000000'));
  });

  it('keeps at most the limit of an account’s hashes', () => {
    const aliases = Array.from({ length: 300 }, (_, i) => `site${i}.com`);
    const keyHashes = new KeyHashes();
    expect(keyHashes.push({ id: 'A1', name: 'Acme', aliases }, 255)).toBe(255);
    expect(keyHashes.push({ id: 'A2', name: 'Bolt' }, 255)).toBe(2);
    expect(keyHashes.hashes.length).toBe(257);
  });
});

describe('sortNameEntries', () => {
  const simple = (names: readonly string[], positions: Uint32Array) =>
    Array.from(names.keys()).sort((a, b) => {
      const x = names[a] as string;
      const y = names[b] as string;
      return x < y ? -1 : x > y ? 1 : (positions[a] as number) - (positions[b] as number);
    });

  it('orders entries by name in code units, then by position, as a plain comparator sort does', () => {
    const alphabet = ['a', 'b', 'z', ' ', '\u0000', '\u00fd', '\u00fe', '\u00ff', '\u0100', 'ж', 'я', '阿', '😀'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const names: string[] = [];
    for (let i = 0; i < 5000; i++) {
      let name = '';
      const length = Math.floor(random() * 7);
      for (let k = 0; k < length; k++) name += alphabet[Math.floor(random() * alphabet.length)];
      names.push(name);
    }
    // Positions not in index order, as after a merge: ties must still follow them.
    const positions = Uint32Array.from(names, (_, i) => (i * 7919) % names.length);
    expect(Array.from(sortNameEntries(names, positions))).toEqual(simple(names, positions));
  });

  it('keeps a shorter name before the longer ones it starts', () => {
    const names = ['abcd', 'abc', 'abcde', 'ab', '', 'abcd\u0000'];
    expect(Array.from(sortNameEntries(names, Uint32Array.from([0, 1, 2, 3, 4, 5])), (i) => names[i])).toEqual([
      '',
      'ab',
      'abc',
      'abcd',
      'abcd\u0000',
      'abcde',
    ]);
  });
});

describe('NameRunMerger', () => {
  it('merges runs of any size, in position order, into what one sort of all the entries gives', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    // Few distinct names, so ties across runs are many.
    const alphabet = ['acme', 'acme labs', 'bolt', 'zeta', 'ж', '阿', ''];
    const merger = new NameRunMerger();
    const all: { name: string; position: number }[] = [];
    let position = 0;
    for (let run = 0; run < 60; run++) {
      const size = [0, 1, 3, 50, 400][random(5)] as number;
      const entries = Array.from({ length: size }, () => ({ name: alphabet[random(alphabet.length)] as string, position: position++ }));
      // Positions skipped now and then, as accounts left out of a batch leave them.
      position += random(3);
      all.push(...entries);
      const order = sortNameEntries(
        entries.map((e) => e.name),
        Uint32Array.from(entries, (e) => e.position),
      );
      merger.add({
        names: Array.from(order, (i) => entries[i]?.name as string),
        positions: Uint32Array.from(order, (i) => entries[i]?.position as number),
      });
    }
    const merged = merger.finish();
    const expected = sortNameEntries(
      all.map((e) => e.name),
      Uint32Array.from(all, (e) => e.position),
    );
    expect(merged.names).toEqual(Array.from(expected, (i) => all[i]?.name));
    expect(Array.from(merged.positions)).toEqual(Array.from(expected, (i) => all[i]?.position));
  });

  it('puts the earlier run’s entry first on equal names, and gives nothing for no runs', () => {
    const merged = mergeRuns(
      { names: ['a', 'b', 'b'], positions: Uint32Array.from([0, 1, 2]) },
      { names: ['b', 'c'], positions: Uint32Array.from([3, 4]) },
    );
    expect(merged.names).toEqual(['a', 'b', 'b', 'b', 'c']);
    expect(Array.from(merged.positions)).toEqual([0, 1, 2, 3, 4]);
    expect(new NameRunMerger().finish()).toEqual({ names: [], positions: new Uint32Array(0) });
  });
});
