import type { Account } from '../schema/account';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const HEX = '0123456789abcdef';
/** JSON.stringify's short escapes of control characters (`\b \t \n \f \r`), by code; 0 for `\u00XX`. */
const SHORT_ESCAPES = new Uint8Array(32);
SHORT_ESCAPES[8] = 0x62;
SHORT_ESCAPES[9] = 0x74;
SHORT_ESCAPES[10] = 0x6e;
SHORT_ESCAPES[12] = 0x66;
SHORT_ESCAPES[13] = 0x72;

/**
 * JSON.stringify's text of an array element that is not text or a list of texts: numbers, yes/no, none,
 * and custom objects (rare: JSON.stringify writes them). A finite number's JSON is its String().
 */
function otherJson(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value) ?? 'null';
}

/**
 * JSON texts written as UTF-8 one after another into a growing buffer, with where each ends (what a
 * parse worker hands over). `pushStoredAccount` writes an account's stored JSON (storedAccountJson)
 * straight into the buffer, with no JSON string between: an import writes a million of them, and
 * JSON.stringify followed by TextEncoder walked each account's text twice and made a string and a
 * view per account. The bytes are exactly TextEncoder's of JSON.stringify's text (tests compare them).
 */
export class JsonBytesWriter {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;
  private readonly ends: number[] = [];

  /** Appends a JSON text as it is (a lone surrogate becomes U+FFFD, as TextEncoder writes it). */
  push(json: string): void {
    this.reserve(json.length * 3);
    this.length = this.writeText(json, this.length, false);
    this.ends.push(this.length);
  }

  /** Appends `storedAccountJson(account)`'s bytes: the values in STORED_FIELDS order as a JSON array. */
  pushStoredAccount(a: Account): void {
    this.reserve(2);
    this.buffer[this.length++] = 0x5b; // [
    this.value(a.id, false);
    this.value(a.name, true);
    this.value(a.domain, true);
    this.value(a.aliases, true);
    this.value(a.industry, true);
    this.value(a.employees, true);
    this.value(a.annualRevenue, true);
    this.value(a.country, true);
    this.value(a.region, true);
    this.value(a.city, true);
    this.value(a.customerType, true);
    this.value(a.journeyStage, true);
    this.value(a.qualificationScore, true);
    this.value(a.intentScore, true);
    this.value(a.engagementScore, true);
    this.value(a.intentTopics, true);
    this.value(a.productsOwned, true);
    this.value(a.techStack, true);
    this.value(a.pageViews90d, true);
    this.value(a.lastVisitAt, true);
    this.value(a.ownerId, true);
    this.value(a.team, true);
    this.value(a.onTal, true);
    this.value(a.salesforceId, true);
    this.value(a.hubspotId, true);
    this.value(a.dynamicsId, true);
    this.value(a.pipedriveId, true);
    this.value(a.zohoId, true);
    this.value(a.linkedinSlug, true);
    this.value(a.crunchbaseSlug, true);
    this.value(a.custom, true);
    this.reserve(1);
    this.buffer[this.length++] = 0x5d; // ]
    this.ends.push(this.length);
  }

  /** The bytes, in a buffer of their own size (so that moving it moves nothing more), and the ends. */
  finish(): { json: Uint8Array<ArrayBuffer>; ends: Uint32Array<ArrayBuffer> } {
    return { json: this.buffer.slice(0, this.length), ends: Uint32Array.from(this.ends) };
  }

  /** One array element as JSON.stringify writes it: undefined (and what JSON has no form for) as null. */
  private value(value: unknown, comma: boolean): void {
    if (comma) {
      this.reserve(1);
      this.buffer[this.length++] = 0x2c; // ,
    }
    if (typeof value === 'string') this.string(value);
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      this.reserve(1);
      this.buffer[this.length++] = 0x5b;
      for (let i = 0; i < value.length; i++) {
        if (i > 0) {
          this.reserve(1);
          this.buffer[this.length++] = 0x2c;
        }
        this.string(value[i] as string);
      }
      this.reserve(1);
      this.buffer[this.length++] = 0x5d;
    } else {
      const json = otherJson(value);
      this.reserve(json.length * 3);
      this.length = this.writeText(json, this.length, false);
    }
  }

  private string(text: string): void {
    // A character takes at most 6 bytes (`\u001f`, or a lone surrogate's escape).
    this.reserve(text.length * 6 + 2);
    const bytes = this.buffer;
    bytes[this.length] = QUOTE;
    const end = this.writeText(text, this.length + 1, true);
    bytes[end] = QUOTE;
    this.length = end + 1;
  }

  /** Writes `text` as UTF-8 at `at`, escaped as in a JSON string when `inString`; returns where it ends. */
  private writeText(text: string, start: number, inString: boolean): number {
    const bytes = this.buffer;
    const n = text.length;
    let at = start;
    for (let i = 0; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c < 0x80) {
        if (inString && (c < 0x20 || c === QUOTE || c === BACKSLASH)) {
          bytes[at++] = BACKSLASH;
          const short = c < 0x20 ? (SHORT_ESCAPES[c] as number) : c;
          if (short !== 0) bytes[at++] = short;
          else at = this.writeUnicodeEscape(c, at);
        } else bytes[at++] = c;
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
        // A lone surrogate: JSON.stringify escapes it; TextEncoder writes U+FFFD.
        if (inString) {
          bytes[at++] = BACKSLASH;
          at = this.writeUnicodeEscape(c, at);
          continue;
        }
        c = 0xfffd;
      }
      bytes[at++] = 0xe0 | (c >> 12);
      bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
      bytes[at++] = 0x80 | (c & 0x3f);
    }
    return at;
  }

  /** `u` and four lower-case hex digits (the backslash is written by the caller). */
  private writeUnicodeEscape(c: number, start: number): number {
    const bytes = this.buffer;
    bytes[start] = 0x75;
    for (let k = 0; k < 4; k++) bytes[start + 1 + k] = HEX.charCodeAt((c >> (12 - 4 * k)) & 0xf);
    return start + 5;
  }

  /** Makes room for `extra` more bytes. */
  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.length + extra, this.buffer.length * 2));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
