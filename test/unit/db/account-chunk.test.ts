import { describe, expect, it } from 'vitest';
import {
  ChunkBuilder,
  STORED_FIELDS,
  storedAccount,
  storedAccountId,
  storedAccountJson,
  storedAccountObject,
  storedCount,
  storedJson,
  storedStart,
} from '../../../lib/db/account-chunk';
import { JsonBytesWriter } from '../../../lib/db/json-bytes';
import { StoredRowError } from '../../../lib/db/stored-row';
import { ACCOUNT_FIELDS, type Account } from '../../../lib/schema/account';

const encode = (text: string) => new TextEncoder().encode(text);

describe('accounts stored as JSON bytes', () => {
  it('encodes texts exactly as TextEncoder does, lone surrogates included', () => {
    // Code units from every UTF-8 length class, lone surrogates included (JSON.stringify escapes them).
    const units = [0x41, 0x7f, 0x80, 0x416, 0x7ff, 0x800, 0x963f, 0xd83d, 0xde00, 0xd800, 0xdfff, 0xfffd, 0xffff, 0x22, 0x5c, 0x0a];
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let n = 0; n < 2000; n++) {
      const text = String.fromCharCode(
        ...Array.from({ length: Math.floor(random() * 12) }, () => units[Math.floor(random() * units.length)] as number),
      );
      // As stored (escaped by JSON.stringify) and raw, where a lone surrogate is written as U+FFFD.
      for (const form of [JSON.stringify([text, { [text]: text }]), text]) {
        const writer = new JsonBytesWriter();
        writer.push('["A1"]');
        writer.push(form);
        const { json, ends } = writer.finish();
        expect(Array.from(json), JSON.stringify(form)).toEqual(Array.from(encode(`["A1"]${form}`)));
        expect(Array.from(ends)).toEqual([6, encode(`["A1"]${form}`).length]);
      }
    }
  });

  it('encodes texts one after another and gives each back, whatever its script', () => {
    const texts = ['{"id":"A1"}', '{"id":"Ж2","name":"Газпром нефть"}', '{"id":"阿里巴巴"}', '', '{"id":"😀"}'];
    const writer = new JsonBytesWriter();
    for (const text of texts) writer.push(text);
    const { json, ends } = writer.finish();
    const stored = { json, ends };
    expect(storedCount(stored)).toBe(texts.length);
    expect(texts.map((_, k) => storedJson(stored, k))).toEqual(texts);
    expect(storedJson(stored, texts.length)).toBeUndefined();
    expect(storedJson(stored, -1)).toBeUndefined();
    // Exactly sized: moving the buffer to another thread moves nothing more.
    expect(json.buffer.byteLength).toBe(encode(texts.join('')).length);
  });

  it('holds batches past 64 KiB whole', () => {
    const writer = new JsonBytesWriter();
    const texts = Array.from({ length: 500 }, (_, i) => JSON.stringify({ id: `A${i}`, name: `Компания ${i} ${'x'.repeat(i)}` }));
    for (const text of texts) writer.push(text);
    const stored = writer.finish();
    expect(stored.json.length).toBeGreaterThan(1 << 16);
    expect(texts.map((_, k) => storedJson(stored, k))).toEqual(texts);
  });

  it('gathers ranges of several buffers into one chunk, and starts afresh after take', () => {
    const first = encode('{"id":"A"}{"id":"B"}{"id":"C"}');
    const second = encode('{"id":"D"}{"id":"Ё"}');
    const builder = new ChunkBuilder();
    builder.add(first, 0, 10);
    builder.add(first, 20, 30); // B is left out
    builder.add(second, 0, 10);
    builder.add(second, 10, second.length);
    expect(builder.count).toBe(4);
    const chunk = builder.take();
    expect(Array.from({ length: storedCount(chunk) }, (_, k) => storedJson(chunk, k))).toEqual([
      '{"id":"A"}',
      '{"id":"C"}',
      '{"id":"D"}',
      '{"id":"Ё"}',
    ]);
    expect(chunk.json.buffer.byteLength).toBe(chunk.json.length);
    expect(builder.count).toBe(0);
    builder.add(second, 0, 10);
    expect(storedJson(builder.take(), 0)).toBe('{"id":"D"}');
  });

  it('reads a stored account’s id from the start of its JSON, or from all of it', () => {
    const stored = new JsonBytesWriter();
    for (const text of ['["A\\"1","x"]', '{"name":"x","id":"B2"}', '["Ж\\\\3"]', '[7,"x"]', '{"id":"E5"}']) stored.push(text);
    const { json, ends } = stored.finish();
    const ids = Array.from({ length: ends.length }, (_, k) => storedAccountId(json, storedStart({ json, ends }, k), ends[k] as number));
    expect(ids).toEqual(['A"1', 'B2', 'Ж\\3', '7', 'E5']);
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
    const writer = new JsonBytesWriter();
    for (const account of accounts) writer.push(storedAccountJson(account));
    const stored = writer.finish();
    expect(accounts.map((_, k) => storedAccount(stored, k, `account ${k}`))).toEqual(accounts.map((a) => expect.objectContaining(a)));
    expect(accounts.map((_, k) => storedAccountId(stored.json, storedStart(stored, k), stored.ends[k] as number))).toEqual([
      'A1',
      'Ж2',
      '阿3',
    ]);
  });

  it('refuses a stored value that is not an account, naming where it is', () => {
    const writer = new JsonBytesWriter();
    for (const text of [
      '["A1"]',
      '["A1","Acme","not a domain ",null]',
      '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32]',
      '"A1"',
    ])
      writer.push(text);
    const stored = writer.finish();
    expect(() => storedAccount(stored, 0, 'chunk 7 account 0')).toThrow(
      new StoredRowError('chunk 7 account 0: stored account is not readable (["A1"]…)'),
    );
    // Text is trimmed as the schema says; a value of the wrong kind is refused.
    expect(storedAccount(stored, 1, 'x').domain).toBe('not a domain');
    expect(() => storedAccount(stored, 2, 'chunk 7 account 2')).toThrow(StoredRowError);
    expect(() => storedAccount(stored, 3, 'chunk 7 account 3')).toThrow(StoredRowError);
    expect(() => storedAccount(stored, 4, 'chunk 7 account 4')).toThrow(new StoredRowError('chunk 7 account 4: no account there'));
    expect(storedAccountObject(['A1', null, 'a.com'])).toEqual({ id: 'A1', domain: 'a.com' });
  });
});
