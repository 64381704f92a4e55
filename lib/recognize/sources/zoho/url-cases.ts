import type { UrlCase } from '../types';

/** URLs of Zoho and what spec §4 makes of each (the source test runs them; look-alike hosts included). */
export const URL_CASES: UrlCase[] = [
  [
    'https://crm.zoho.com/crm/org5406171/tab/Accounts/346103000146134135',
    { source: 'zoho', recordId: '346103000146134135', objectType: 'account' },
  ],
  [
    'https://crm.zoho.eu/crm/org20071234/tab/Contacts/98765000000123456',
    { source: 'zoho', recordId: '98765000000123456', objectType: 'contact' },
  ],
  [
    'https://crm.zoho.in/crm/org60012345/tab/Leads/45678000000987654',
    { source: 'zoho', recordId: '45678000000987654', objectType: 'lead' },
  ],
  [
    'https://crm.zoho.com.au/crm/org7001234/tab/Potentials/12345000000555001',
    { source: 'zoho', recordId: '12345000000555001', objectType: 'opportunity' },
  ],
  [
    'https://crm.zoho.jp/crm/org9001234/tab/Accounts/346103000146134135/edit',
    { source: 'zoho', recordId: '346103000146134135', objectType: 'account' },
  ],
  ['https://crm.zoho.com/crm/tab/Accounts/346103000146134135', { source: 'zoho', recordId: '346103000146134135', objectType: 'account' }],
  [
    'https://crm.zoho.com/crm/org5406171/tab/Accounts/custom-view/346103000000087501/list',
    { source: 'zoho', recordId: null, objectType: 'account' },
  ],
  ['https://crm.zoho.com/crm/org5406171/tab/Accounts/create', { source: 'zoho', recordId: null, objectType: 'account' }],
  ['https://crm.zoho.com/crm/org5406171/tab/Home/begin', { source: 'zoho', recordId: null, objectType: null }],
  ['https://crm.zoho.com/crm/org5406171/settings/general', { source: 'zoho', recordId: null, objectType: null }],
  ['https://www.zoho.com/crm/', { source: 'website', domain: 'zoho.com' }],
  ['https://accounts.zoho.com/signin', { source: 'website', domain: 'zoho.com' }],
  ['https://crm.zoho.com.evil.io/crm/org1/tab/Accounts/1', { source: 'website', domain: 'evil.io' }],
];
