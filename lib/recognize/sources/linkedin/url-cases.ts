import type { UrlCase } from '../types';

/** URLs of Linkedin and what spec §4 makes of each (the source test runs them; look-alike hosts included). */
export const URL_CASES: UrlCase[] = [
  [
    'https://www.linkedin.com/company/google/about/',
    { source: 'linkedin', slug: 'google', objectType: 'account', recordId: null, domain: null },
  ],
  ['https://www.linkedin.com/company/tailspin-toys', { source: 'linkedin', slug: 'tailspin-toys', objectType: 'account' }],
  // A numeric company path is LinkedIn's company id, the recordId matched against linkedinId (spec §4).
  ['https://www.linkedin.com/company/1441/', { source: 'linkedin', slug: null, recordId: '1441', objectType: 'account' }],
  // LinkedIn on every host of linkedin.com.
  ['https://uk.linkedin.com/company/tailspin-toys', { source: 'linkedin', slug: 'tailspin-toys', objectType: 'account' }],
  ['https://de.linkedin.com/company/fabrikam/about/', { source: 'linkedin', slug: 'fabrikam', objectType: 'account' }],
  ['https://linkedin.com/company/fabrikam', { source: 'linkedin', slug: 'fabrikam', objectType: 'account' }],
  ['https://www.linkedin.com/sales/account/1441', { source: 'linkedin', slug: null, recordId: '1441', objectType: 'account' }],
  ['https://www.linkedin.com/sales/lead/ACwAAA123,NAME_SEARCH,abc', { source: 'linkedin', slug: null, objectType: 'contact' }],
  ['https://uk.linkedin.com/in/dana-lee-12345', { source: 'linkedin', slug: null, recordId: null, objectType: 'contact' }],
  // A redirect is recognized as the page it leads to.
  [
    'https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww%2Efabrikam%2Eio%2Fpricing&urlhash=Ab1c',
    { source: 'website', domain: 'fabrikam.io', slug: null },
  ],
  ['https://www.google.com/url?q=https://www.linkedin.com/company/fabrikam/&sa=D', { source: 'linkedin', slug: 'fabrikam' }],
  ['https://www.linkedin.com.evil.io/company/google', { source: 'website', domain: 'evil.io', slug: null }],
  [
    'https://www.linkedin.com/company/Soci%C3%A9t%C3%A9-G%C3%A9n%C3%A9rale/posts/?feedView=all',
    { source: 'linkedin', slug: 'société-générale', objectType: 'account' },
  ],
  ['https://www.linkedin.com/showcase/microsoft-azure/', { source: 'linkedin', slug: 'microsoft-azure', objectType: 'account' }],
  ['https://www.linkedin.com/sales/company/1441', { source: 'linkedin', slug: null, recordId: '1441', objectType: 'account' }],
  ['https://www.linkedin.com/sales/company/1441/people', { source: 'linkedin', slug: null, recordId: '1441', objectType: 'account' }],
  ['https://www.linkedin.com/in/satyanadella/', { source: 'linkedin', slug: null, objectType: 'contact' }],
  ['https://www.linkedin.com/feed/', { source: 'linkedin', slug: null, objectType: null }],
  ['https://linkedin.com.evil.io/company/google', { source: 'website', domain: 'evil.io', slug: null }],
];
