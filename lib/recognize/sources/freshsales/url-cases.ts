import type { UrlCase } from '../types';

/** URLs of Freshsales and what spec §4 makes of each (the source test runs them; look-alike hosts included). */
export const URL_CASES: UrlCase[] = [
  [
    'https://acme.myfreshworks.com/crm/sales/accounts/16000123456',
    { source: 'freshsales', recordId: '16000123456', objectType: 'account' },
  ],
  [
    'https://acme.myfreshworks.com/crm/sales/accounts/16000123456/activities',
    { source: 'freshsales', recordId: '16000123456', objectType: 'account' },
  ],
  ['https://acme.freshsales.io/accounts/2000456789', { source: 'freshsales', recordId: '2000456789', objectType: 'account' }],
  ['https://acme.myfreshworks.com/crm/sales/contacts/16000999', { source: 'freshsales', recordId: '16000999', objectType: 'contact' }],
  ['https://acme.freshsales.io/deals/77', { source: 'freshsales', recordId: '77', objectType: 'opportunity' }],
  ['https://acme.myfreshworks.com/crm/sales/accounts/view/16000000017', { source: 'freshsales', recordId: null, objectType: 'account' }],
  ['https://acme.myfreshworks.com/crm/sales/dashboard', { source: 'freshsales', recordId: null, objectType: null }],
  ['https://www.freshworks.com/crm/sales/', { source: 'website', domain: 'freshworks.com' }],
  ['https://www.freshsales.io/', { source: 'website', domain: 'freshsales.io' }],
  ['https://acme.myfreshworks.com.evil.io/crm/sales/accounts/1', { source: 'website', domain: 'evil.io' }],
];
