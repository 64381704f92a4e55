import { describe, expect, it } from 'vitest';
import { AccountSchema } from '@/lib/schema/account';
import { generateAccounts } from '../../bench/generate-accounts';
import { salesforceId18 } from '../../bench/salesforce-id';

describe('generateAccounts (the benchmarks’ shared data)', () => {
  const accounts = generateAccounts(5000, 42);

  it('gives the same accounts for the same seed, other accounts for another seed', () => {
    expect(generateAccounts(50, 42)).toEqual(accounts.slice(0, 50));
    expect(generateAccounts(50, 43)).not.toEqual(accounts.slice(0, 50));
  });

  it('makes accounts that the account schema accepts', () => {
    for (const account of accounts) expect(AccountSchema.safeParse(account).error, account.id).toBeUndefined();
  });

  it('keeps ids, names, domains and CRM ids unique', () => {
    for (const field of ['id', 'name', 'domain', 'salesforceId', 'hubspotId', 'dynamicsId', 'pipedriveId', 'zohoId'] as const) {
      const values = accounts.map((a) => a[field]).filter((v) => v !== undefined);
      expect(new Set(values).size, field).toBe(values.length);
      expect(values.length, field).toBeGreaterThan(1000);
    }
  });

  it('fills every kind of field, with the gaps of a real export', () => {
    const share = (field: keyof (typeof accounts)[number]) => accounts.filter((a) => a[field] !== undefined).length / accounts.length;
    for (const field of [
      'aliases',
      'industry',
      'employees',
      'annualRevenue',
      'customerType',
      'intentTopics',
      'lastVisitAt',
      'linkedinSlug',
      'crunchbaseSlug',
    ] as const) {
      expect(share(field), field).toBeGreaterThan(0.1);
    }
    expect(share('employees')).toBeLessThan(1);
    expect(accounts.some((a) => /ООО|有限公司/.test(a.name))).toBe(true);
  });

  it('makes Salesforce 18-character ids with the right case checksum', () => {
    expect(salesforceId18('a0D30000001n7Pi')).toBe('a0D30000001n7PiEAI');
    for (const { salesforceId } of accounts.slice(0, 100)) {
      if (salesforceId) expect(salesforceId18(salesforceId.slice(0, 15))).toBe(salesforceId);
    }
  });
});
