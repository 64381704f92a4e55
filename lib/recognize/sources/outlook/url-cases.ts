import type { UrlCase } from '../types';

/** URLs of Outlook on the web and what spec §4 makes of each: from a mail URL alone, no domain. */
export const URL_CASES: UrlCase[] = [
  [
    'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAMz6',
    { source: 'outlook', domain: null, objectType: 'contact' },
  ],
  ['https://outlook.office365.com/mail/id/AAQkADAwATM0MDAAMS1iNTcwLWI2NTEtMDACLTAwCgAQAMz6', { source: 'outlook', objectType: 'contact' }],
  ['https://outlook.live.com/mail/0/inbox/id/AQQkADAwATY3ZmYAZS1kNzE4LTljODAtMDACLTAwCgAQAE', { source: 'outlook', objectType: 'contact' }],
  ['https://outlook.office.com/mail/deeplink/read/AAMkAGI2TG93AAA%3D', { source: 'outlook', objectType: 'contact' }],
  ['https://outlook.office.com/mail/', { source: 'outlook', domain: null, objectType: null }],
  ['https://outlook.office.com/calendar/view/week', { source: 'outlook', objectType: null }],
  ['https://outlook.office.com.evil.io/mail/inbox/id/AAQk', { source: 'website', domain: 'evil.io' }],
  ['https://www.microsoft.com/en-us/microsoft-365/outlook', { source: 'website', domain: 'microsoft.com' }],
];
