import type { UrlCase } from '../types';

/** URLs of Crunchbase and what spec §4 makes of each (the source test runs them; look-alike hosts included). */
export const URL_CASES: UrlCase[] = [
  ['https://www.crunchbase.com/organization/facebook', { source: 'crunchbase', slug: 'facebook', objectType: 'account', recordId: null }],
  [
    'https://www.crunchbase.com/organization/facebook/company_financials',
    { source: 'crunchbase', slug: 'facebook', objectType: 'account' },
  ],
  ['https://www.crunchbase.com/person/mark-zuckerberg', { source: 'crunchbase', slug: null, objectType: 'contact' }],
  ['https://www.crunchbase.com/discover/organization.companies', { source: 'crunchbase', slug: null, objectType: null }],
];
