import { describe, expect, it } from 'vitest';
import { STORED_FIELDS, storedAccountJson, storedJson } from '../../../lib/db/account-chunk';
import { JsonBytesWriter } from '../../../lib/db/json-bytes';
import type { Account } from '../../../lib/schema/account';

const encode = (text: string) => Array.from(new TextEncoder().encode(text));

/** A seeded generator, so a failure names a case that can be run again. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  // Code units of every kind JSON and UTF-8 treat apart: controls (short escapes and \u00XX), quote,
  // backslash, DEL, 2- and 3-byte characters, surrogate halves (paired or lone), U+FFFD, U+2028.
  const units = [
    0x41, 0x20, 0x00, 0x08, 0x09, 0x0a, 0x0c, 0x0d, 0x1f, 0x22, 0x5c, 0x2f, 0x7f, 0x80, 0x416, 0x7ff, 0x800, 0x2028, 0x963f, 0xfffd, 0xffff,
    0xd83d, 0xde00, 0xdbff, 0xdc00,
  ];
  const text = () => String.fromCharCode(...Array.from({ length: Math.floor(next() * 10) }, () => pick(units)));
  const numbers = [
    0,
    -0,
    1,
    1.5,
    42,
    100,
    1e21,
    123456789012,
    5e-7,
    0.1 + 0.2,
    Number.MAX_SAFE_INTEGER,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ];
  const value = (field: string): unknown => {
    if (next() < 0.3) return undefined;
    if (field === 'custom') return { [text()]: text(), n: pick(numbers), list: [text(), 1, null, true], nested: { [text()]: [text()] } };
    if (['aliases', 'intentTopics', 'productsOwned', 'techStack'].includes(field))
      return Array.from({ length: Math.floor(next() * 4) }, text);
    if (field === 'onTal') return next() < 0.5;
    if (['employees', 'annualRevenue', 'qualificationScore', 'intentScore', 'engagementScore', 'pageViews90d'].includes(field))
      return pick(numbers);
    return text();
  };
  return () => Object.fromEntries(STORED_FIELDS.map((field) => [field, value(field)])) as unknown as Account;
}

describe('JsonBytesWriter.pushStoredAccount', () => {
  it('writes exactly the UTF-8 bytes of storedAccountJson, for every kind of character and value', () => {
    const nextAccount = generator(11);
    for (let n = 0; n < 3000; n++) {
      const account = nextAccount();
      const writer = new JsonBytesWriter();
      writer.pushStoredAccount(account);
      const { json, ends } = writer.finish();
      const expected = storedAccountJson(account);
      expect(Array.from(json), expected).toEqual(encode(expected));
      expect(Array.from(ends)).toEqual([json.length]);
    }
  });

  it('writes accounts one after another, each read back as its own JSON', () => {
    const nextAccount = generator(12);
    const accounts = Array.from({ length: 500 }, nextAccount);
    const writer = new JsonBytesWriter();
    for (const account of accounts) writer.pushStoredAccount(account);
    writer.push('["plain"]');
    const stored = writer.finish();
    // Past the first 64 KiB: the buffer grew without losing what it held.
    expect(stored.json.length).toBeGreaterThan(1 << 16);
    expect(accounts.map((_, k) => storedJson(stored, k))).toEqual(
      accounts.map((account) => new TextDecoder().decode(new TextEncoder().encode(storedAccountJson(account)))),
    );
    expect(storedJson(stored, accounts.length)).toBe('["plain"]');
  });
});
