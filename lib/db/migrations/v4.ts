import { type BytesChunk, bytesChunkOf, bytesChunkTexts } from './bytes-chunk';
import type { Migration } from './migration';

/**
 * The stored layout as version 4 wrote it, frozen here: a migration must do tomorrow what it did the
 * day it shipped, whatever fields are added to the table since (they go at the end, before custom).
 */
const V4_FIELDS = [
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
] as const;
const STORED = new Set<string>(V4_FIELDS);

/** An account object the array form can hold whole: an object with no key outside V4_FIELDS. */
function fitsArray(parsed: unknown): parsed is Record<string, unknown> {
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && Object.keys(parsed).every((key) => STORED.has(key));
}

/** The v4 array of an account object: its values in V4_FIELDS order, null for none. */
function storedAccountJson(account: Record<string, unknown>): string {
  return JSON.stringify(V4_FIELDS.map((field) => account[field] ?? null));
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
