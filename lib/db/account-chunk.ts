import { parseAccountObject } from '../import/build-account';
import type { Account } from '../schema/account';
import type { AccountChunkRow } from './rows';
import { StoredRowError } from './stored-row';

/**
 * Accounts as stored in a chunk record: the UTF-8 bytes of their JSON texts one after another, and
 * where each ends. Bytes rather than strings because they cross from the parse workers to the writer
 * and into IndexedDB as whole buffers (moved, not copied string by string), and sit outside the
 * JavaScript heap meanwhile: a large import's garbage collector has a fraction of the work.
 */
export type StoredAccounts = Pick<AccountChunkRow, 'json' | 'ends'>;

/**
 * Where each field's value sits in a stored account's JSON array (database v4 on). Fields may be
 * added at the end, never moved or removed: stored chunks keep their meaning across versions.
 */
export const STORED_FIELDS = [
  'id',
  'name',
  'domain',
  'aliases',
  'industry',
  'employees',
  'annualRevenue',
  'country',
  'region',
  'city',
  'customerType',
  'journeyStage',
  'qualificationScore',
  'intentScore',
  'engagementScore',
  'intentTopics',
  'productsOwned',
  'techStack',
  'pageViews90d',
  'lastVisitAt',
  'ownerId',
  'team',
  'onTal',
  'salesforceId',
  'hubspotId',
  'dynamicsId',
  'pipedriveId',
  'zohoId',
  'linkedinSlug',
  'crunchbaseSlug',
  'custom',
] as const satisfies readonly (keyof Account)[];

/**
 * An account as it is stored: its values as a JSON array in STORED_FIELDS order, `null` where it has
 * none (`["A1","Acme","acme.com",null,…]`). Half the bytes of the object's JSON, whose keys repeat in
 * every account: an import writes them by the million. The list is spelled out so that V8 builds it
 * without a lookup per field; a test holds it to STORED_FIELDS.
 */
export function storedAccountJson(a: Account): string {
  return JSON.stringify([
    a.id,
    a.name,
    a.domain,
    a.aliases,
    a.industry,
    a.employees,
    a.annualRevenue,
    a.country,
    a.region,
    a.city,
    a.customerType,
    a.journeyStage,
    a.qualificationScore,
    a.intentScore,
    a.engagementScore,
    a.intentTopics,
    a.productsOwned,
    a.techStack,
    a.pageViews90d,
    a.lastVisitAt,
    a.ownerId,
    a.team,
    a.onTal,
    a.salesforceId,
    a.hubspotId,
    a.dynamicsId,
    a.pipedriveId,
    a.zohoId,
    a.linkedinSlug,
    a.crunchbaseSlug,
    a.custom,
  ]);
}

/** The object a stored account's parsed JSON stands for: an array by STORED_FIELDS (nulls left out); anything else as it is, for the checks to refuse. */
export function storedAccountObject(parsed: unknown): unknown {
  if (!Array.isArray(parsed) || parsed.length > STORED_FIELDS.length) return parsed;
  const object: Record<string, unknown> = {};
  for (let i = 0; i < parsed.length; i++) if (parsed[i] !== null) object[STORED_FIELDS[i] as string] = parsed[i];
  return object;
}

const decoder = new TextDecoder();

/** How many accounts a chunk holds. */
export const storedCount = (stored: StoredAccounts): number => stored.ends.length;

/** Where account `k`'s JSON starts in the chunk's bytes. */
export const storedStart = (stored: StoredAccounts, k: number): number => (k === 0 ? 0 : (stored.ends[k - 1] as number));

/** The JSON text of account `k` of a chunk; undefined past its end. */
export function storedJson(stored: StoredAccounts, k: number): string | undefined {
  if (k < 0 || k >= stored.ends.length) return undefined;
  return decoder.decode(stored.json.subarray(storedStart(stored, k), stored.ends[k]));
}

/**
 * Account `k` of a chunk, checked as AccountSchema says, field by field (the chunk may have been
 * written by an older version); `where` names it in the error when it is missing or not readable.
 */
export function storedAccount(stored: StoredAccounts, k: number, where: string): Account {
  const json = storedJson(stored, k);
  if (json === undefined) throw new StoredRowError(`${where}: no account there`);
  const account = parseAccountObject(storedAccountObject(JSON.parse(json)));
  if (!account) throw new StoredRowError(`${where}: stored account is not readable (${json.slice(0, 80)}…)`);
  return account;
}

const ID_PREFIX = [91, 34]; // ["

/**
 * The id of an account stored as JSON bytes `start..end`, read from the JSON's start when it is ours
 * (`["…",` — the id comes first), else by parsing it all.
 */
export function storedAccountId(bytes: Uint8Array, start: number, end: number): string {
  let ours = end - start > ID_PREFIX.length;
  for (let i = 0; ours && i < ID_PREFIX.length; i++) ours = bytes[start + i] === ID_PREFIX[i];
  if (ours) {
    let at = start + ID_PREFIX.length;
    while (at < end && bytes[at] !== 34) at += bytes[at] === 92 ? 2 : 1;
    if (at < end) return JSON.parse(decoder.decode(bytes.subarray(start + ID_PREFIX.length - 1, at + 1))) as string;
  }
  const account = storedAccountObject(JSON.parse(decoder.decode(bytes.subarray(start, end)))) as { id?: unknown } | null;
  return String(account?.id);
}

/**
 * Gathers account JSON bytes into chunks: `add` takes a range of some buffer (ranges that follow one
 * another in one buffer are copied in one go), `take` gives the chunk gathered so far as exactly sized
 * buffers and starts the next.
 */
export class ChunkBuilder {
  private parts: { bytes: Uint8Array; start: number; end: number }[] = [];
  private ends: number[] = [];
  private length = 0;

  get count(): number {
    return this.ends.length;
  }

  add(bytes: Uint8Array, start: number, end: number): void {
    const last = this.parts[this.parts.length - 1];
    if (last && last.bytes === bytes && last.end === start) last.end = end;
    else this.parts.push({ bytes, start, end });
    this.length += end - start;
    this.ends.push(this.length);
  }

  take(): StoredAccounts {
    const json = new Uint8Array(this.length);
    let at = 0;
    for (const { bytes, start, end } of this.parts) {
      json.set(bytes.subarray(start, end), at);
      at += end - start;
    }
    const stored = { json, ends: Uint32Array.from(this.ends) };
    this.parts = [];
    this.ends = [];
    this.length = 0;
    return stored;
  }
}
