import type { UrlCase } from '../types';

/** URLs of Linkedin and what spec §4 makes of each (the source test runs them; look-alike hosts included). */
export const URL_CASES: UrlCase[] = [
  [
    'https://www.linkedin.com/company/google/about/',
    { source: 'linkedin', slug: 'google', objectType: 'account', recordId: null, domain: null },
  ],
  ['https://www.linkedin.com/company/tailspin-toys', { source: 'linkedin', slug: 'tailspin-toys', objectType: 'account' }],
  ['https://www.linkedin.com/company/1441/', { source: 'linkedin', slug: '1441', objectType: 'account' }],
  [
    'https://www.linkedin.com/company/Soci%C3%A9t%C3%A9-G%C3%A9n%C3%A9rale/posts/?feedView=all',
    { source: 'linkedin', slug: 'société-générale', objectType: 'account' },
  ],
  ['https://www.linkedin.com/showcase/microsoft-azure/', { source: 'linkedin', slug: 'microsoft-azure', objectType: 'account' }],
  ['https://www.linkedin.com/sales/company/1441', { source: 'linkedin', slug: '1441', objectType: 'account' }],
  ['https://www.linkedin.com/sales/company/1441/people', { source: 'linkedin', slug: '1441', objectType: 'account' }],
  ['https://www.linkedin.com/in/satyanadella/', { source: 'linkedin', slug: null, objectType: 'contact' }],
  ['https://www.linkedin.com/feed/', { source: 'linkedin', slug: null, objectType: null }],
  ['https://linkedin.com.evil.io/company/google', { source: 'website', domain: 'evil.io', slug: null }],
];
