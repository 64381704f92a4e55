import { describe, expect, it } from 'vitest';
import { AccountFileError, parseAccountsText } from '../../../lib/import';
import { AccountSchema } from '../../../lib/schema/account';
import { readExample } from './fixtures';

const rowAndField = (issues: { row: number; field: string }[]) => issues.map(({ row, field }) => ({ row, field }));

describe('parseAccountsText on the shared examples', () => {
  it('reproduces expected-import-salesforce.json: counts and mapping exactly, errors and warnings by row and field', () => {
    const expected = JSON.parse(readExample('expected-import-salesforce.json'));
    const result = parseAccountsText(readExample('salesforce-export.csv'), 'salesforce-export.csv');
    expect(result.rows).toBe(expected.rows);
    expect(result.valid).toBe(expected.valid);
    expect(result.mapping).toEqual(expected.mapping);
    expect(rowAndField(result.errors)).toEqual(expected.errors);
    expect(rowAndField(result.warnings)).toEqual(expected.warnings);
    expect(result.accounts).toHaveLength(expected.valid);
  });

  it('reads the Salesforce export values as the spec says', () => {
    const { accounts, errors, warnings } = parseAccountsText(readExample('salesforce-export.csv'), 'salesforce-export.csv');
    const byId = new Map(accounts.map((a) => [a.id, a]));
    expect(byId.get('0015g00000AbCdEAAV')).toEqual({
      id: '0015g00000AbCdEAAV',
      name: 'Acme Robotics GmbH',
      domain: 'acme-robotics.de',
      industry: 'Manufacturing',
      employees: 1250,
      annualRevenue: 310_000_000,
      country: 'Germany',
      region: 'Bavaria',
      city: 'Munich',
      customerType: 'prospect',
      ownerId: 'Dana Fox',
      salesforceId: '0015g00000AbCdEAAV',
    });
    expect(byId.get('0015g00000AbCdFAAV')?.name).toBe('Globex Corporation');
    expect(byId.get('0015g00000AbCdFAAV')?.customerType).toBe('customer');
    expect(byId.get('0015g00000AbCdHAAV')?.employees).toBeUndefined();
    expect(byId.get('0015g00000AbCdHAAV')?.region).toBeUndefined();
    expect(byId.get('0015g00000AbCdIAAV')?.annualRevenue).toBeUndefined();
    const stark = byId.get('0015g00000AbCdJAAV');
    expect(stark).toMatchObject({ domain: 'stark-industries.com', customerType: 'partner' });
    expect(stark?.employees).toBeUndefined();
    expect(stark?.annualRevenue).toBeUndefined();
    expect(errors.map((e) => e.message)).toEqual([
      'no name: the row is left out',
      'id "0015g00000AbCdFAAV" repeats row 3: the row is left out (the first stands)',
    ]);
    expect(warnings.map((w) => w.message)).toEqual(['"lots" is not a number; left empty', '"-5" is negative; left empty']);
  });

  it('reads the semicolon-delimited HubSpot export, lifecycle stage to journeyStage and customerType', () => {
    const { accounts, rows, valid, errors, warnings } = parseAccountsText(readExample('hubspot-export.csv'), 'hubspot-export.csv');
    expect({ rows, valid, errors, warnings }).toEqual({ rows: 4, valid: 4, errors: [], warnings: [] });
    expect(accounts.map((a) => [a.id, a.name, a.journeyStage, a.customerType, a.hubspotId])).toEqual([
      ['9001', 'Hooli', 'opportunity', 'prospect', '9001'],
      ['9002', 'Pied Piper', 'lead', 'prospect', '9002'],
      ['9003', 'Aviato', 'subscriber', 'prospect', '9003'],
      ['9004', 'Raviga Capital; LLC', 'customer', 'customer', '9004'],
    ]);
    expect(accounts[2]?.annualRevenue).toBeUndefined();
  });

  it('reads the canonical accounts.csv with every account valid against AccountSchema', () => {
    const { accounts, rows, valid, errors, warnings } = parseAccountsText(readExample('accounts.csv'), 'accounts.csv');
    expect({ rows, valid, errors, warnings }).toEqual({ rows: 22, valid: 22, errors: [], warnings: [] });
    for (const account of accounts) expect(AccountSchema.parse(account)).toEqual(account);
    expect(accounts[0]).toMatchObject({
      aliases: ['nwretail.com'],
      productsOwned: ['Product A', 'Product B'],
      onTal: true,
      lastVisitAt: '2026-11-02',
      custom: { serves: 'businesses' },
    });
  });
});

describe('parseAccountsText on messy files', () => {
  it('reads a BOM, CRLF and multi-line quoted cells, numbering rows as a spreadsheet shows them', () => {
    const text = '\uFEFFid,name,employees\r\n1,"Acme\r\nRobotics",10\r\n2,Globex,lots\r\n\r\n3,,5\r\n';
    const result = parseAccountsText(text, 'a.csv');
    expect(result.accounts.map((a) => a.name)).toEqual(['Acme\r\nRobotics', 'Globex']);
    expect(result.rows).toBe(3);
    expect(rowAndField(result.warnings)).toEqual([{ row: 3, field: 'employees' }]);
    // The blank line is spreadsheet row 4, so the row without a name is row 5.
    expect(rowAndField(result.errors)).toEqual([{ row: 5, field: 'name' }]);
  });

  it('keeps an empty cell missing, not zero', () => {
    const [account] = parseAccountsText('id,name,employees,annualRevenue,onTal\n1,Acme,,,\n', 'a.csv').accounts;
    expect(account).toEqual({ id: '1', name: 'Acme' });
  });

  it('reports a row with neither id nor name once per missing field', () => {
    expect(rowAndField(parseAccountsText('id,name,industry\n,,Retail\n', 'a.csv').errors)).toEqual([
      { row: 2, field: 'id' },
      { row: 2, field: 'name' },
    ]);
  });

  it('warns on unreadable values and keeps the row', () => {
    const text = [
      'id,name,employees,annualRevenue,qualificationScore,lastVisitAt,onTal,customerType,domain',
      '1,Acme,12.5,-3,140,soon,maybe,Competitor,localhost',
    ].join('\n');
    const result = parseAccountsText(text, 'a.csv');
    expect(result.accounts).toEqual([{ id: '1', name: 'Acme' }]);
    expect(result.warnings.map((w) => w.field)).toEqual([
      'employees',
      'annualRevenue',
      'qualificationScore',
      'lastVisitAt',
      'onTal',
      'customerType',
      'domain',
    ]);
    expect(result.warnings.every((w) => w.row === 2)).toBe(true);
  });

  it('keeps cells beyond the header in custom with a warning, and reads short rows', () => {
    const result = parseAccountsText('id,name\n1,Acme,extra,more\n2\n', 'a.csv');
    expect(result.accounts).toEqual([{ id: '1', name: 'Acme', custom: { 'column 3': 'extra', 'column 4': 'more' } }]);
    expect(rowAndField(result.warnings)).toEqual([{ row: 2, field: 'column 3' }]);
    expect(rowAndField(result.errors)).toEqual([{ row: 3, field: 'name' }]);
  });

  it('keeps a second domain as an alias and a conflicting second value in custom', () => {
    const text =
      'Record ID,Company name,Company Domain Name,Website URL,Industry,Sector\n1,Hooli,hooli.xyz,https://www.hooli.com,Software,Tech\n';
    expect(parseAccountsText(text, 'a.csv').accounts[0]).toEqual({
      id: '1',
      name: 'Hooli',
      domain: 'hooli.xyz',
      aliases: ['hooli.com'],
      industry: 'Software',
      hubspotId: '1',
      custom: { Sector: 'Tech' },
    });
  });

  it('undoes the formula escape of its own CSV export', () => {
    const [account] = parseAccountsText("id,name,note\n1,'=Acme,'+1 555\n", 'a.csv').accounts;
    expect(account).toEqual({ id: '1', name: '=Acme', custom: { note: '+1 555' } });
  });

  it('warns on text that was not UTF-8 and keeps it', () => {
    const result = parseAccountsText('id,name,city\n1,Soci\uFFFDt\uFFFD G\uFFFDn\uFFFDrale,Paris\n', 'a.csv');
    expect(result.valid).toBe(1);
    expect(rowAndField(result.warnings)).toEqual([{ row: 2, field: 'name' }]);
  });

  it('leaves out a row whose closing quote is followed by text, saying so on its row (papaparse runs the cell on to the next closing quote)', () => {
    const result = parseAccountsText('id,name\r\n1,"Acme" Inc\r\n2,Globex\r\n3,"Initech"\r\n4,Umbrella\r\n', 'a.csv');
    expect(result.accounts.map((account) => account.id)).toEqual(['4']);
    expect(result.errors).toEqual([
      { row: 2, field: 'row', message: expect.stringContaining('write a quote inside a quoted cell as two quotes') },
    ]);
  });

  it('reports a quote that is never closed on the row where it opens', () => {
    const result = parseAccountsText('id,name\n1,Acme\n2,"Globex\n3,Initech\n', 'a.csv');
    expect(result.valid).toBe(1);
    expect(rowAndField(result.errors)).toEqual([{ row: 3, field: 'row' }]);
  });
});

describe('parseAccountsText on JSON', () => {
  it('reads an array of objects with typed values and a nested custom object, rows numbered from 1', () => {
    const text = JSON.stringify([
      { id: 'A1', name: 'Acme', employees: 10, onTal: true, techStack: ['AWS'], custom: { serves: 'smb' }, tier: 'gold' },
      { id: 'A2', name: 'Globex', employees: -1 },
      { id: 'A1', name: 'Dup' },
      'not an object',
    ]);
    const result = parseAccountsText(text, 'accounts.json');
    expect(result.accounts).toEqual([
      { id: 'A1', name: 'Acme', employees: 10, onTal: true, techStack: ['AWS'], custom: { serves: 'smb', tier: 'gold' } },
      { id: 'A2', name: 'Globex' },
    ]);
    expect(rowAndField(result.warnings)).toEqual([{ row: 2, field: 'employees' }]);
    expect(rowAndField(result.errors)).toEqual([
      { row: 3, field: 'id' },
      { row: 4, field: 'row' },
    ]);
    expect(result.mapping).toMatchObject({ id: 'id', 'custom.serves': 'custom.serves', tier: 'custom.tier' });
  });

  it('reads the team server’s {"accounts": [...]} answer', () => {
    expect(parseAccountsText('{"accounts":[{"id":"1","name":"Acme"}],"cursor":"x"}', 'a.json').valid).toBe(1);
  });

  it('reads NDJSON, numbering rows by line and reporting a broken line', () => {
    const text = '{"id":"1","name":"Acme"}\n\n{"id":"2","name":\n{"id":"3","name":"Initech"}\n';
    for (const name of ['a.ndjson', 'a.jsonl', 'a.json']) {
      const result = parseAccountsText(text, name);
      expect(result.accounts.map((a) => a.id)).toEqual(['1', '3']);
      expect(rowAndField(result.errors)).toEqual([{ row: 3, field: 'row' }]);
    }
  });

  it('names the file when the JSON is broken', () => {
    expect(() => parseAccountsText('[{"id": 1,', 'broken.json')).toThrow(/broken\.json: not valid JSON/);
  });
});

describe('parseAccountsText refuses files that are not CSV or JSON', () => {
  it.each([
    ['book.xlsx', 'PK\u0003\u0004rest', /Excel workbook/],
    ['export', 'PK\u0003\u0004rest', /ZIP or Excel/],
    ['utf16.csv', 'i\u0000d\u0000', /UTF-16/],
    ['page.csv', '<!DOCTYPE html><html>', /web page/],
    ['report.pdf', '%PDF-1.4', /PDF/],
    ['empty.csv', '  \n', /empty/],
  ])('%s', (name, text, message) => {
    expect(() => parseAccountsText(text, name)).toThrow(AccountFileError);
    expect(() => parseAccountsText(text, name)).toThrow(message);
  });
});

describe('every account read is a valid account', () => {
  it.each([
    'salesforce-export.csv',
    'hubspot-export.csv',
    'accounts.csv',
    'real/salesforce-dataloader-accounts.csv',
    'real/salesforce-dataloader-edge-cases.csv',
    'real/salesforce-accounts-contacts.csv',
    'real/fortune1000-2021-top100.csv',
  ])('%s parses with the whole AccountSchema', (name) => {
    const { accounts } = parseAccountsText(readExample(name), name);
    expect(accounts.length).toBeGreaterThan(0);
    for (const account of accounts) expect(AccountSchema.safeParse(account).error).toBeUndefined();
  });
});
