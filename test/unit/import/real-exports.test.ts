import { describe, expect, it } from 'vitest';
import { parseAccountsText } from '../../../lib/import';
import { readExample } from './fixtures';

const read = (name: string) => parseAccountsText(readExample(`real/${name}`), name);

describe('real exports import gracefully', () => {
  it('salesforce-dataloader-accounts.csv: upper-case API names map, empty cells stay missing', () => {
    const result = read('salesforce-dataloader-accounts.csv');
    expect({ rows: result.rows, valid: result.valid, errors: result.errors, warnings: result.warnings }).toEqual({
      rows: 10,
      valid: 10,
      errors: [],
      warnings: [],
    });
    expect(result.mapping).toMatchObject({
      ID: 'id',
      NAME: 'name',
      BILLINGCITY: 'city',
      OWNERID: 'ownerId',
      ISDELETED: 'custom.ISDELETED',
    });
    expect(result.accounts[0]).toMatchObject({
      id: '001x0000002xLCVAA2',
      name: 'Gravity Investments',
      city: 'FORT COLLINS',
      region: 'CO',
      country: 'US',
      salesforceId: '001x0000002xLCVAA2',
      custom: { BILLINGSTREET: '00045742 150 Palmer Drive', ORACLE_ID__C: '4-203974' },
    });
    expect(result.accounts[0]?.employees).toBeUndefined();
    expect(result.accounts[0]?.custom?.FAX).toBeUndefined();
  });

  it('salesforce-dataloader-edge-cases.csv: no id column, so ids come from names; quotes and spaces kept in custom', () => {
    const result = read('salesforce-dataloader-edge-cases.csv');
    expect(result.rows).toBe(4);
    expect(result.valid).toBe(4);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([{ row: 1, field: 'id', message: expect.stringContaining('no id column') }]);
    expect(result.accounts.map((a) => a.id)).toEqual(['company-a', 'company-b', 'company-c', 'company-d']);
    expect(result.accounts[0]?.custom?.RichText).toBe(
      '    4 <span style=" font-size: 172px;">leading spaces and</span> 2 trailing <h1>spaces</h1>  ',
    );
  });

  it('salesforce-accounts-contacts.csv: object-prefixed headers, one row per contact, short rows', () => {
    const result = read('salesforce-accounts-contacts.csv');
    expect(result.rows).toBe(14);
    expect(result.valid).toBe(10);
    expect(result.mapping).toMatchObject({ 'Account: Account Name': 'name', 'Account: Type': 'customerType' });
    // The repeated contact rows of one account are reported as repeats of its first row.
    expect(result.errors.map(({ row, field }) => ({ row, field }))).toEqual([
      { row: 3, field: 'id' },
      { row: 4, field: 'id' },
      { row: 6, field: 'id' },
      { row: 7, field: 'id' },
    ]);
    expect(result.errors[0]?.message).toContain('same account as row 2');
    expect(result.accounts.map((a) => a.id)).toContain('edge-communications');
    expect(result.accounts[0]).toMatchObject({ id: 'alpha-dynamics', name: 'Alpha Dynamics', customerType: 'partner' });
    expect(result.accounts.at(-1)).toEqual({
      id: 'edge-communications',
      name: 'Edge Communications',
      customerType: 'customer',
      custom: { 'Account: Phone': '4158563255' },
    });
  });

  it('fortune1000-2021-top100.csv: websites become domains and ids, HTML entities decoded, revenue in millions kept as custom', () => {
    const result = read('fortune1000-2021-top100.csv');
    expect(result.rows).toBe(100);
    expect(result.valid).toBe(100);
    expect(result.errors).toEqual([]);
    expect(result.mapping).toMatchObject({
      company: 'name',
      Website: 'domain',
      'num. of employees': 'employees',
      revenue: 'custom.revenue',
    });
    const byName = new Map(result.accounts.map((a) => [a.name, a]));
    expect(byName.get('Walmart')).toMatchObject({
      id: 'walmart.com',
      domain: 'walmart.com',
      employees: 2_200_000,
      custom: { revenue: '523964' },
    });
    expect(byName.get('Facebook')?.domain).toBe('fb.com');
    expect(byName.has('Lowe’s')).toBe(true);
  });
});
