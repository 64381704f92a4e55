import { type AccountKey, accountKeys, forEachAccountKey } from '../recognize/keys';
import type { Account } from '../schema/account';
import { createGrowableUint32 } from './growable-uint32';

/** The key kinds the cache indexes: the recognition keys plus the account id itself (for getAccount). */
export type CacheKey = AccountKey | { kind: 'id'; value: string };

/** One key as the string that is hashed: kind and value. */
export function cacheKeyString(key: CacheKey): string {
  return `${key.kind}\u0000${key.value}`;
}

/** Every key the cache indexes for one account: its id, then `accountKeys()`, repeats removed. */
export function cacheKeysOf(account: Account): string[] {
  const keys = [cacheKeyString({ kind: 'id', value: account.id })];
  for (const key of accountKeys(account)) {
    const text = cacheKeyString(key);
    if (!keys.includes(text)) keys.push(text);
  }
  return keys;
}

/**
 * A 32-bit hash of a key string (FNV-1a with a final avalanche, so the top bits, which pick the
 * bucket, are well mixed). Collisions only cost a read: every hit is checked against the account.
 */
export function hashKey(text: string): number {
  return hashFrom(0x811c9dc5, text);
}

/** The hash of the key string `kind\0prefix+rest` without building it: the same number as hashKey(cacheKeyString({ kind, value: prefix + rest })). */
export function hashKeyParts(kind: string, prefix: string, rest: string): number {
  return hashFrom(keySeed(kind, prefix), rest);
}

/** The hash of `text` fed after the state `seed` (FNV-1a, then the avalanche). */
function hashFrom(seed: number, text: string): number {
  return finishHash(feed(seed, text));
}

/** The hash state after feeding `kind\0prefix`. */
function keySeed(kind: string, prefix: string): number {
  return feed(Math.imul(feed(0x811c9dc5, kind), 0x01000193), prefix);
}

function feed(start: number, text: string): number {
  let hash = start;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

function finishHash(fed: number): number {
  let hash = fed;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/**
 * Gathers the hashes of the keys the cache indexes for account after account (as cacheKeysOf, repeats
 * removed), into one growing Uint32Array: a million accounts' hashes without a boxed number each.
 */
export class KeyHashes {
  readonly hashes = createGrowableUint32(1 << 12);
  // Where the current account's hashes start, for the check against repeats.
  private start = 0;
  // The hash state after `kind\0prefix`, by kind then prefix: a handful of constant strings, fed once
  // rather than for every key of every account (they are a third of the characters hashed).
  private readonly seeds = new Map<string, Map<string, number>>();
  private readonly idSeed = keySeed('id', '');
  // One callback for every account: no closure is made per account.
  private readonly onKey = (kind: string, prefix: string, rest: string) => {
    let byPrefix = this.seeds.get(kind);
    if (byPrefix === undefined) {
      byPrefix = new Map();
      this.seeds.set(kind, byPrefix);
    }
    let seed = byPrefix.get(prefix);
    if (seed === undefined) {
      seed = keySeed(kind, prefix);
      byPrefix.set(prefix, seed);
    }
    const hash = hashFrom(seed, rest);
    if (!this.hashes.includesFrom(hash, this.start)) this.hashes.push(hash);
  };

  /** Pushes one account's key hashes, at most `limit` of them; returns how many. */
  push(account: Account, limit = Number.POSITIVE_INFINITY): number {
    this.start = this.hashes.length;
    this.hashes.push(hashFrom(this.idSeed, account.id));
    forEachAccountKey(account, this.onKey);
    this.hashes.truncate(this.start + limit);
    return this.hashes.length - this.start;
  }
}

/** The bucket of a hash when there are 2^bits buckets: its top bits. */
export function bucketOf(hash: number, bits: number): number {
  return bits === 0 ? 0 : hash >>> (32 - bits);
}
