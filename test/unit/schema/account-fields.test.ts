import { describe, expect, it } from 'vitest';
import { STORED_FIELDS, storedAccountJson } from '@/lib/db/account-chunk';
import { CATALOGS } from '@/lib/i18n/catalog';
import { accountFromValues } from '@/lib/import/account-shape';
import { FIELD_BY_FOLDED_HEADER, foldHeader } from '@/lib/import/header-aliases';
import { CRM_ID_SOURCES, SLUG_SOURCES } from '@/lib/recognize/keys';
import { ACCOUNT_FIELDS, AccountSchema } from '@/lib/schema/account';
import { ACCOUNT_FIELD_TABLE, FIELD_NAMES } from '@/lib/schema/account-fields';

describe('the account field table', () => {
  it('is where the schema, the stored layout and the recognizer get their fields', () => {
    expect(ACCOUNT_FIELDS).toEqual([...FIELD_NAMES, 'custom']);
    expect(STORED_FIELDS).toEqual([...FIELD_NAMES, 'custom']);
    expect(CRM_ID_SOURCES).toMatchObject({
      salesforce: 'salesforceId',
      hubspot: 'hubspotId',
      dynamics: 'dynamicsId',
      pipedrive: 'pipedriveId',
      zoho: 'zohoId',
      linkedin: 'linkedinId',
    });
    expect(SLUG_SOURCES).toEqual({ linkedin: 'linkedinSlug', crunchbase: 'crunchbaseSlug' });
  });

  it('maps every field, its own name and each alias, from export headers', () => {
    for (const field of FIELD_NAMES) {
      expect(FIELD_BY_FOLDED_HEADER.get(foldHeader(field))).toBe(field);
      const aliases = (ACCOUNT_FIELD_TABLE[field] as { aliases?: readonly string[] }).aliases ?? [];
      for (const alias of aliases) expect(FIELD_BY_FOLDED_HEADER.get(alias), alias).toBe(field);
    }
  });

  it('writes every field in the hand-written stored JSON, in table order', () => {
    const full = Object.fromEntries(FIELD_NAMES.map((field, i) => [field, `v${i}`]));
    expect(JSON.parse(storedAccountJson({ ...full, custom: { c: 1 } } as never))).toEqual([
      ...FIELD_NAMES.map((_, i) => `v${i}`),
      { c: 1 },
    ]);
  });

  it('builds an account from a row with every field of the table, in its order (the generated hot path)', () => {
    const account = accountFromValues(
      FIELD_NAMES.map((_, i) => `v${i}`),
      { c: 1 },
    );
    expect(Object.keys(account)).toEqual([...FIELD_NAMES, 'custom']);
    expect(FIELD_NAMES.map((field) => account[field])).toEqual(FIELD_NAMES.map((_, i) => `v${i}`));
  });

  it('has a name people read for every field, in every locale', () => {
    for (const [locale, catalog] of Object.entries(CATALOGS)) {
      for (const field of FIELD_NAMES)
        expect((catalog as Record<string, string>)[`field.${field}`], `${locale} field.${field}`).toBeTruthy();
    }
  });

  it('takes linkedinId, the first field added this way', () => {
    expect(AccountSchema.parse({ id: 'A1', name: 'Acme', linkedinId: '1441' })).toEqual({ id: 'A1', name: 'Acme', linkedinId: '1441' });
  });
});
