import type { TalDb } from '../../../lib/db';

/**
 * A database's content as JSON: rows per table in key order, typed arrays as `{"$uint32": [...]}`, and
 * byte arrays (the accounts' JSON in chunk records of versions 3 and 4) as their UTF-8 text,
 * `{"$utf8": "…"}`, so a fixture stays readable.
 */
export type DbDump = { version: number; tables: Record<string, unknown[]> };

function encode(value: unknown): unknown {
  if (value instanceof Uint32Array) return { $uint32: Array.from(value) };
  if (value instanceof Uint8Array) return { $utf8: new TextDecoder('utf-8', { fatal: true }).decode(value) };
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === 'object') {
    if ('$uint32' in value) return Uint32Array.from((value as { $uint32: number[] }).$uint32);
    if ('$utf8' in value) return new TextEncoder().encode((value as { $utf8: string }).$utf8);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

/** Every table's rows, in primary-key order. */
export async function dumpDb(db: TalDb): Promise<DbDump> {
  await db.open();
  const tables: Record<string, unknown[]> = {};
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name)))
    tables[table.name] = encode(await table.toArray()) as unknown[];
  return { version: db.verno, tables };
}

/** Writes a dump's rows into an open database (at the dump's version). */
export async function loadDump(db: TalDb, dump: DbDump): Promise<void> {
  await db.open();
  for (const [name, rows] of Object.entries(dump.tables)) await db.table(name).bulkAdd(decode(rows) as object[]);
}
