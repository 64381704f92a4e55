import { describe, expect, it } from 'vitest';
import * as picklists from '../../../lib/import/picklists';
import * as readers from '../../../lib/import/value-readers';
import { ReadProblem, type ValueRead } from '../../../lib/import/value-readers';

/** A read as the tests state it: `{ value }`, `{ problem }` or null. */
function show<T>(read: ValueRead<T>) {
  if (read === null) return null;
  return read instanceof ReadProblem ? { problem: read.message } : { value: read };
}
const wrap =
  <A extends unknown[], T>(read: (...args: A) => ValueRead<T>) =>
  (...args: A) =>
    show(read(...args));
const readText = wrap(readers.readText);
const readNumber = wrap(readers.readNumber);
const readBoolean = wrap(readers.readBoolean);
const readList = wrap(readers.readList);
const readDate = wrap(readers.readDate);
const readDomain = wrap(readers.readDomain);
const readDomains = wrap(readers.readDomains);
const readSlug = wrap(readers.readSlug);
const readNumericId = wrap(readers.readNumericId);
const readCustomerType = wrap(picklists.readCustomerType);

describe('value readers', () => {
  it('treat an empty cell as missing, never as zero or false', () => {
    for (const read of [readText, readNumber, readBoolean, readList, readDate, readDomain]) {
      expect(read('')).toBeNull();
      expect(read('   ')).toBeNull();
      expect(read(undefined)).toBeNull();
    }
  });

  it('read booleans as true/false, yes/no, 1/0 in any case', () => {
    for (const yes of ['true', 'YES', 'y', '1', true]) expect(readBoolean(yes)).toEqual({ value: true });
    for (const no of ['False', 'no', 'N', '0', false]) expect(readBoolean(no)).toEqual({ value: false });
    expect(readBoolean('maybe')).toEqual({ problem: expect.stringContaining('"maybe" is not yes/no') });
  });

  it('read numbers with bounds and say which rule a value broke', () => {
    expect(readNumber('1,250', { integer: true, min: 0 })).toEqual({ value: 1250 });
    expect(readNumber(42, { integer: true })).toEqual({ value: 42 });
    expect(readNumber('lots')).toEqual({ problem: '"lots" is not a number' });
    expect(readNumber('-5', { min: 0 })).toEqual({ problem: '"-5" is negative' });
    expect(readNumber('101', { min: 0, max: 100 })).toEqual({ problem: '"101" is above 100' });
    expect(readNumber('12.5', { integer: true })).toEqual({ problem: '"12.5" is not a whole number' });
    expect(readNumber('N/A')).toBeNull();
  });

  it('split lists on ; or | and drop blanks and repeats', () => {
    expect(readList('Salesforce; Snowflake|AWS;;Salesforce')).toEqual({ value: ['Salesforce', 'Snowflake', 'AWS'] });
    expect(readList(['a', 'b'])).toEqual({ value: ['a', 'b'] });
    expect(readList(' ; ')).toBeNull();
  });

  it('read ISO dates and the unambiguous forms exports write, and refuse the rest', () => {
    expect(readDate('2026-11-02')).toEqual({ value: '2026-11-02' });
    expect(readDate('2026-11-02T14:30:00Z')).toEqual({ value: '2026-11-02T14:30:00Z' });
    expect(readDate('2026-11-02 14:30')).toEqual({ value: '2026-11-02T14:30:00' });
    expect(readDate('02.11.2026')).toEqual({ value: '2026-11-02' });
    expect(readDate('2026/11/2')).toEqual({ value: '2026-11-02' });
    expect(readDate('2026-02-30')).toEqual({ problem: expect.stringContaining('is not a date') });
    expect(readDate('11/02/2026')).toEqual({ problem: expect.stringContaining('is not a date') });
    expect(readDate('yesterday')).toEqual({ problem: expect.stringContaining('is not a date') });
  });

  it('store a website as its registrable domain', () => {
    expect(readDomain('https://www.acme-robotics.de/')).toEqual({ value: 'acme-robotics.de' });
    expect(readDomain('http://stark-industries.com/about')).toEqual({ value: 'stark-industries.com' });
    expect(readDomain('investor.fb.com')).toEqual({ value: 'fb.com' });
    expect(readDomain('sales@globex.com')).toEqual({ value: 'globex.com' });
    expect(readDomain('münchen.de')).toEqual({ value: 'xn--mnchen-3ya.de' });
    expect(readDomain('soylent.example')).toEqual({ value: 'soylent.example' });
    expect(readDomain('www.shop.intranet.corp')).toEqual({ value: 'intranet.corp' });
    for (const bad of ['acme', 'localhost', '10.0.0.1', 'not a domain']) expect(readDomain(bad)).toHaveProperty('problem');
    expect(readDomains('nwretail.com; https://www.northwind.co.uk/')).toEqual({ value: ['nwretail.com', 'northwind.co.uk'] });
  });

  it('read slugs from company page URLs', () => {
    expect(readSlug('https://www.linkedin.com/company/acme-robotics/')).toEqual({ value: 'acme-robotics' });
    expect(readSlug('https://www.crunchbase.com/organization/acme')).toEqual({ value: 'acme' });
    expect(readSlug('acme-robotics')).toEqual({ value: 'acme-robotics' });
  });

  it('read a numeric company id, bare or from its company page', () => {
    expect(readNumericId('1441')).toEqual({ value: '1441' });
    expect(readNumericId('https://www.linkedin.com/company/1441/')).toEqual({ value: '1441' });
    expect(readNumericId('https://www.linkedin.com/company/acme-robotics/')).toEqual({
      problem: '"https://www.linkedin.com/company/acme-robotics/" is not a numeric company id',
    });
  });

  it('decode HTML character references in text', () => {
    expect(readText('Lowe&#8217;s')).toEqual({ value: 'Lowe’s' });
    expect(readText('AT&amp;T')).toEqual({ value: 'AT&T' });
    expect(readText('AT&T')).toEqual({ value: 'AT&T' });
  });

  it('map Salesforce Type picklist values and canonical customer types', () => {
    expect(readCustomerType('Customer - Direct')).toEqual({ value: 'customer' });
    expect(readCustomerType('Customer - Channel')).toEqual({ value: 'customer' });
    expect(readCustomerType('Prospect')).toEqual({ value: 'prospect' });
    expect(readCustomerType('Channel Partner / Reseller')).toEqual({ value: 'partner' });
    expect(readCustomerType('Technology Partner')).toEqual({ value: 'partner' });
    expect(readCustomerType('Partner')).toEqual({ value: 'partner' });
    expect(readCustomerType('former-customer')).toEqual({ value: 'former-customer' });
    expect(readCustomerType('Former Customer')).toEqual({ value: 'former-customer' });
    expect(readCustomerType('Competitor')).toEqual({ problem: expect.stringContaining('"Competitor" is not a customer type') });
  });
});
