import { describe, expect, it } from 'vitest';
import { parsePageUrl } from '@/lib/recognize/parse-page-url';
import type { PageUrlInfo } from '@/lib/recognize/recognition';

type Row = [url: string, expected: Partial<PageUrlInfo>];

/** Each page source's own URL table (lib/recognize/sources/<source>/url-cases.ts), by source. */
const SOURCE_CASES: Record<string, Row[]> = Object.fromEntries(
  Object.entries(import.meta.glob<{ URL_CASES: Row[] }>('/lib/recognize/sources/*/url-cases.ts', { eager: true })).map(([file, cases]) => [
    file.split('/').at(-2) as string,
    cases.URL_CASES,
  ]),
);

const websites: Row[] = [
  ['https://careers.acme.de/jobs', { source: 'website', domain: 'acme.de' }],
  ['https://www.acme.co.uk/about', { source: 'website', domain: 'acme.co.uk' }],
  ['https://blog.acme.co.uk/x', { source: 'website', domain: 'acme.co.uk' }],
  ['https://shop1.myshopify.com', { source: 'website', domain: 'shop1.myshopify.com' }],
  ['https://acme.github.io/docs/', { source: 'website', domain: 'acme.github.io' }],
  ['https://newsletter.substack.com/p/post', { source: 'website', domain: 'newsletter.substack.com' }],
  ['https://en.blog.wordpress.com/', { source: 'website', domain: 'blog.wordpress.com' }],
  ['https://münchen.de/', { source: 'website', domain: 'xn--mnchen-3ya.de' }],
  ['https://ACME.COM./About', { source: 'website', domain: 'acme.com' }],
  ['http://192.168.1.10/intranet', { source: 'website', domain: null }],
  ['http://[::1]:8080/', { source: 'website', domain: null }],
  ['http://localhost:3000/', { source: 'website', domain: null }],
  ['http://intranet.acme.local/', { source: 'website', domain: null }],
];

/** Hosts that borrow a CRM's or directory's name but belong to someone else: always a website, never a record. */
const lookAlikes: Row[] = [
  [
    'https://acme.lightning.force.com.evil.io/lightning/r/Account/0015e00000AbCdEAAV/view',
    { source: 'website', domain: 'evil.io', recordId: null },
  ],
  ['https://acme.my.salesforce.com-login.io/0015e00000AbCdE', { source: 'website', domain: 'com-login.io', recordId: null }],
  [
    'https://lightning.force.com/lightning/r/Account/0015e00000AbCdEAAV/view',
    { source: 'website', domain: 'lightning.force.com', recordId: null },
  ],
  ['https://acmelightning.force.co/lightning/r/Account/0015e00000AbCdEAAV/view', { source: 'website', domain: 'force.co', recordId: null }],
  ['https://app.hubspot.com.evil.io/contacts/1/record/0-2/5', { source: 'website', domain: 'evil.io', recordId: null }],
  ['https://app-hubspot.com/contacts/1/record/0-2/5', { source: 'website', domain: 'app-hubspot.com', recordId: null }],
  [
    'https://myorg.crm.dynamics.com.evil.io/main.aspx?etn=account&pagetype=entityrecord&id=91330924-802a-4b0d-a900-34fd9d790829',
    { source: 'website', domain: 'evil.io', recordId: null },
  ],
  ['https://acme.pipedrive.com.evil.io/organization/3', { source: 'website', domain: 'evil.io', recordId: null }],
  ['https://crm.zoho.com.evil.io/crm/org1/tab/Accounts/1', { source: 'website', domain: 'evil.io', recordId: null }],
  ['https://www.linkedin.com.evil.io/company/google', { source: 'website', domain: 'evil.io', slug: null }],
  ['https://www.crunchbase.com.evil.io/organization/facebook', { source: 'website', domain: 'evil.io', slug: null }],
  [
    'https://evil.io/acme.lightning.force.com/lightning/r/Account/0015e00000AbCdEAAV/view',
    { source: 'website', domain: 'evil.io', recordId: null },
  ],
  ['https://app.hubspot.com@evil.io/contacts/1/record/0-2/5', { source: 'website', domain: 'evil.io', recordId: null }],
];

const unsupported: Row[] = [
  ['chrome://extensions/', { source: 'unsupported', domain: null }],
  ['about:blank', { source: 'unsupported' }],
  ['file:///home/rep/accounts.csv', { source: 'unsupported' }],
  ['not a url', { source: 'unsupported' }],
  ['', { source: 'unsupported' }],
  ['https://', { source: 'unsupported' }],
  ['javascript:alert(1)', { source: 'unsupported' }],
];

describe('parsePageUrl', () => {
  for (const [group, rows] of Object.entries({
    ...SOURCE_CASES,
    websites,
    lookAlikes,
    unsupported,
  })) {
    describe(group, () => {
      it.each(rows)('%s', (url, expected) => {
        expect(parsePageUrl(url)).toMatchObject(expected);
      });
    });
  }

  it('gives every key of spec §5 for every row, and a domain only for websites', () => {
    for (const [url] of [...Object.values(SOURCE_CASES).flat(), ...websites, ...lookAlikes, ...unsupported]) {
      const page = parsePageUrl(url);
      expect(Object.keys(page)).toEqual(['source', 'domain', 'recordId', 'objectType', 'slug']);
      if (page.source !== 'website') expect(page.domain).toBeNull();
    }
  });

  it('survives an enormous URL', () => {
    const page = parsePageUrl(`https://acme.com/${'a'.repeat(2_000_000)}`);
    expect(page).toMatchObject({ source: 'website', domain: 'acme.com' });
  });
});
