import type { UrlCase } from '../types';

/** URLs of Pipedrive and what spec §4 makes of each (the source test runs them; look-alike hosts included). */
export const URL_CASES: UrlCase[] = [
  ['https://acme.pipedrive.com/organization/3', { source: 'pipedrive', recordId: '3', objectType: 'account' }],
  ['https://acme.pipedrive.com/person/42', { source: 'pipedrive', recordId: '42', objectType: 'contact' }],
  ['https://acme.pipedrive.com/deal/1077', { source: 'pipedrive', recordId: '1077', objectType: 'opportunity' }],
  [
    'https://acme.pipedrive.com/leads/inbox/6B1E0C70-58A5-11EF-8D3C-E7A4C2B5F9D1',
    { source: 'pipedrive', recordId: '6b1e0c70-58a5-11ef-8d3c-e7a4c2b5f9d1', objectType: 'lead' },
  ],
  ['https://acme.pipedrive.com/organizations/list/user/everyone', { source: 'pipedrive', recordId: null, objectType: 'account' }],
  ['https://acme.pipedrive.com/pipeline/1/user/everyone', { source: 'pipedrive', recordId: null, objectType: 'opportunity' }],
  ['https://acme.pipedrive.com/auth/login', { source: 'pipedrive', recordId: null, objectType: null }],
  // The app host without a company subdomain is Pipedrive's app, not Pipedrive's website.
  ['https://app.pipedrive.com/organization/3', { source: 'pipedrive', recordId: '3', objectType: 'account' }],
  ['https://app.pipedrive.com/pipeline', { source: 'pipedrive', recordId: null }],
  // A pipeline board is a view of many deals: no record id.
  ['https://acme.pipedrive.com/pipeline/1', { source: 'pipedrive', recordId: null }],
  ['https://www.pipedrive.com/en/pricing', { source: 'website', domain: 'pipedrive.com' }],
  ['https://acme.pipedrive.com.evil.io/organization/3', { source: 'website', domain: 'evil.io', recordId: null }],
  ['https://acme-pipedrive.com/organization/3', { source: 'website', domain: 'acme-pipedrive.com', recordId: null }],
];
