import type { UrlCase } from '../types';

/** URLs of Gmail and what spec §4 makes of each: from a mail URL alone, no domain. */
export const URL_CASES: UrlCase[] = [
  ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxKzbDpTfNzlqWgHdZqRvmB', { source: 'gmail', domain: null, objectType: 'contact' }],
  ['https://mail.google.com/mail/u/1/#label/Clients/FMfcgzQXJWxKzbDpTfNzlqWgHdZqRvmB', { source: 'gmail', objectType: 'contact' }],
  ['https://mail.google.com/mail/u/0/?ik=1a2b3c4d5e&view=pt&search=all&permthid=thread-f:1', { source: 'gmail', objectType: 'contact' }],
  ['https://mail.google.com/mail/u/0/#inbox', { source: 'gmail', domain: null, objectType: null, recordId: null }],
  ['https://mail.google.com/mail/u/0/#search/fabrikam', { source: 'gmail', objectType: null }],
  ['https://mail.google.com.evil.io/mail/u/0/#inbox/FMfcgzQXJWxKzbDpTfNzlqWgHdZqRvmB', { source: 'website', domain: 'evil.io' }],
  ['https://www.google.com/gmail/about/', { source: 'website', domain: 'google.com' }],
];
