import type { Account } from '../schema/account';
import { storedAccountJson } from './account-chunk';

/**
 * JSON texts written as UTF-8 one after another into a growing buffer, with where each ends (what a
 * parse worker hands over). `pushStoredAccount` writes an account's stored JSON (storedAccountJson):
 * JSON.stringify makes the text and a plain loop writes its UTF-8 here. Measured in Chromium over
 * 100,000 accounts, this was the fastest way: writing each value's escapes and bytes in JavaScript
 * took twice JSON.stringify's time, and TextEncoder (`encode` or `encodeInto`) per account cost more
 * than this loop. The bytes are exactly TextEncoder's of the text (tests compare them).
 */
export class JsonBytesWriter {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;
  private readonly ends: number[] = [];

  /** Appends a JSON text as it is (a lone surrogate becomes U+FFFD, as TextEncoder writes it). */
  push(json: string): void {
    this.reserve(json.length * 3);
    this.length = writeUtf8(json, this.buffer, this.length);
    this.ends.push(this.length);
  }

  /** Appends `storedAccountJson(account)`'s bytes: the values in STORED_FIELDS order as a JSON array. */
  pushStoredAccount(account: Account): void {
    this.push(storedAccountJson(account));
  }

  /** The bytes, in a buffer of their own size (so that moving it moves nothing more), and the ends. */
  finish(): { json: Uint8Array<ArrayBuffer>; ends: Uint32Array<ArrayBuffer> } {
    return { json: this.buffer.slice(0, this.length), ends: Uint32Array.from(this.ends) };
  }

  /** Makes room for `extra` more bytes. */
  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.length + extra, this.buffer.length * 2));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}

/** Writes `text` as UTF-8 into `bytes` at `start` (room for 3 bytes a code unit is the caller's); returns where it ends. */
function writeUtf8(text: string, bytes: Uint8Array, start: number): number {
  const n = text.length;
  let at = start;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      bytes[at++] = c;
      continue;
    }
    if (c < 0x800) {
      bytes[at++] = 0xc0 | (c >> 6);
      bytes[at++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const point = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        bytes[at++] = 0xf0 | (point >> 18);
        bytes[at++] = 0x80 | ((point >> 12) & 0x3f);
        bytes[at++] = 0x80 | ((point >> 6) & 0x3f);
        bytes[at++] = 0x80 | (point & 0x3f);
        i++;
        continue;
      }
      // A lone surrogate (JSON.stringify escapes those in strings; a raw text may hold one).
      c = 0xfffd;
    }
    bytes[at++] = 0xe0 | (c >> 12);
    bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
    bytes[at++] = 0x80 | (c & 0x3f);
  }
  return at;
}
