import type { Account } from '../../schema/account';
import { STORED_FIELDS, storedAccountJson } from '../account-chunk';
import { type BytesChunk, bytesChunkOf, bytesChunkTexts } from './bytes-chunk';
import type { Migration } from './migration';

const STORED = new Set<string>(STORED_FIELDS);

/** An account object the array form can hold whole: an object with no key outside STORED_FIELDS. */
function fitsArray(parsed: unknown): parsed is Account {
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && Object.keys(parsed).every((key) => STORED.has(key));
}

/**
 * Version 4: a stored account's JSON is an array of its values in STORED_FIELDS order instead of an
 * object (`["A1","Acme",…]` for `{"id":"A1","name":"Acme",…}`): half the bytes, which a large import
 * writes, moves and stores by the million. The upgrade rewrites every chunk; the accounts are unchanged.
 */
export const v4: Migration = {
  version: 4,
  stores: {},
  upgrade: async (transaction) => {
    await transaction
      .table('accountChunks')
      .toCollection()
      .modify((row: BytesChunk) => {
        const texts = bytesChunkTexts(row).map((text) => {
          const parsed: unknown = JSON.parse(text);
          // Anything else (an unknown key, not an object) stays as it was, for the reader to refuse as before.
          return fitsArray(parsed) ? storedAccountJson(parsed) : text;
        });
        const { json, ends } = bytesChunkOf(texts);
        row.json = json;
        row.ends = ends;
      });
  },
};
