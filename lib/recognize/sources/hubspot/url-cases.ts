import type { UrlCase } from '../types';

/** URLs of HubSpot and what spec §4 makes of each (the source test runs them; look-alike hosts included). */
export const URL_CASES: UrlCase[] = [
  ['https://app.hubspot.com/contacts/6798828/record/0-2/2640917901', { source: 'hubspot', recordId: '2640917901', objectType: 'account' }],
  [
    'https://app.hubspot.com/contacts/6798828/record/0-2/2640917901/view/1',
    { source: 'hubspot', recordId: '2640917901', objectType: 'account' },
  ],
  ['https://app-eu1.hubspot.com/contacts/26545219/record/0-1/51', { source: 'hubspot', recordId: '51', objectType: 'contact' }],
  ['https://app-na2.hubspot.com/contacts/24681357/record/0-3/9001', { source: 'hubspot', recordId: '9001', objectType: 'opportunity' }],
  ['https://app.hubspot.com/contacts/6798828/record/0-5/77', { source: 'hubspot', recordId: '77', objectType: 'other' }],
  ['https://app.hubspot.com/contacts/6798828/record/2-1234567/88', { source: 'hubspot', recordId: '88', objectType: 'other' }],
  ['https://app.hubspot.com/contacts/6798828/company/2640917901/', { source: 'hubspot', recordId: '2640917901', objectType: 'account' }],
  ['https://app.hubspot.com/contacts/6798828/contact/51/', { source: 'hubspot', recordId: '51', objectType: 'contact' }],
  ['https://app.hubspot.com/contacts/6798828/deal/9001', { source: 'hubspot', recordId: '9001', objectType: 'opportunity' }],
  ['https://app.hubspot.com/contacts/6798828/objects/0-2/views/all/list', { source: 'hubspot', recordId: null, objectType: 'account' }],
  ['https://app.hubspot.com/contacts/6798828/companies/list/view/all/', { source: 'hubspot', recordId: null, objectType: 'account' }],
  ['https://app.hubspot.com/home', { source: 'hubspot', recordId: null, objectType: null }],
  ['https://app.hubspot.com/settings/6798828/users', { source: 'hubspot', recordId: null, objectType: null }],
  ['https://app.hubspot.com/login', { source: 'hubspot', recordId: null, objectType: null }],
  ['https://www.hubspot.com/products/crm', { source: 'website', domain: 'hubspot.com' }],
  ['https://acme.hs-sites.com/pricing', { source: 'website', domain: 'acme.hs-sites.com' }],
];
