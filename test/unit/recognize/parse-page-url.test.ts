import { describe, expect, it } from 'vitest';
import { parsePageUrl } from '@/lib/recognize/parse-page-url';
import type { PageUrlInfo } from '@/lib/recognize/recognition';

type Row = [url: string, expected: Partial<PageUrlInfo>];

const SF = 'salesforce';
const salesforce: Row[] = [
  [
    'https://acme.lightning.force.com/lightning/r/Account/0015e00000AbCdEAAV/view',
    { source: SF, recordId: '0015e00000AbCdEAAV', objectType: 'account' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/Account/0015e00000AbCdE/view',
    { source: SF, recordId: '0015e00000AbCdE', objectType: 'account' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/0015e00000AbCdEAAV/view',
    { source: SF, recordId: '0015e00000AbCdEAAV', objectType: 'account' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/Account/0015e00000AbCdEAAV/related/Contacts/view',
    { source: SF, recordId: '0015e00000AbCdEAAV', objectType: 'account' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/Contact/0035e00000XyZ12AAF/view',
    { source: SF, recordId: '0035e00000XyZ12AAF', objectType: 'contact' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/Lead/00Q5e00000LdQ12AAB/view',
    { source: SF, recordId: '00Q5e00000LdQ12AAB', objectType: 'lead' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/Opportunity/0065e00000OpP12AAC/view',
    { source: SF, recordId: '0065e00000OpP12AAC', objectType: 'opportunity' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/Case/5005e00000CsE12AAD/view',
    { source: SF, recordId: '5005e00000CsE12AAD', objectType: 'other' },
  ],
  [
    'https://acme.lightning.force.com/lightning/r/0035e00000XyZ12AAF/view',
    { source: SF, recordId: '0035e00000XyZ12AAF', objectType: 'contact' },
  ],
  [
    'https://acme--uat.sandbox.lightning.force.com/lightning/r/Account/0015e00000AbCdEAAV/view',
    { source: SF, recordId: '0015e00000AbCdEAAV', objectType: 'account' },
  ],
  ['https://acme.my.salesforce.com/0015e00000AbCdEAAV', { source: SF, recordId: '0015e00000AbCdEAAV', objectType: 'account' }],
  [
    'https://acme.my.salesforce.com/0015e00000AbCdE/e?retURL=%2F0015e00000AbCdE',
    { source: SF, recordId: '0015e00000AbCdE', objectType: 'account' },
  ],
  ['https://acme--uat.sandbox.my.salesforce.com/0035e00000XyZ12', { source: SF, recordId: '0035e00000XyZ12', objectType: 'contact' }],
  ['https://na85.salesforce.com/0015e00000AbCdE', { source: SF, recordId: '0015e00000AbCdE', objectType: 'account' }],
  ['https://acme.cloudforce.com/0015e00000AbCdE', { source: SF, recordId: '0015e00000AbCdE', objectType: 'account' }],
  [
    'https://acme--c.visualforce.com/apex/AccountPlan?id=0015e00000AbCdEAAV',
    { source: SF, recordId: '0015e00000AbCdEAAV', objectType: 'account' },
  ],
  [
    'https://c.na85.visual.force.com/apex/AccountPlan?id=0015e00000AbCdE&sfdc.override=1',
    { source: SF, recordId: '0015e00000AbCdE', objectType: 'account' },
  ],
  [
    'https://acme--c.vf.force.com/apex/OppSummary?id=0065e00000OpP12AAC',
    { source: SF, recordId: '0065e00000OpP12AAC', objectType: 'opportunity' },
  ],
  [
    'https://acme.lightning.force.com/one/one.app#/sObject/0015e00000AbCdEAAV/view',
    { source: SF, recordId: '0015e00000AbCdEAAV', objectType: 'account' },
  ],
  // Not records: list views, object homes, home, setup, login.
  ['https://acme.lightning.force.com/lightning/o/Account/list?filterName=Recent', { source: SF, recordId: null, objectType: 'account' }],
  ['https://acme.lightning.force.com/lightning/o/Contact/home', { source: SF, recordId: null, objectType: 'contact' }],
  ['https://acme.lightning.force.com/lightning/o/Account/new', { source: SF, recordId: null, objectType: 'account' }],
  ['https://acme.lightning.force.com/lightning/page/home', { source: SF, recordId: null, objectType: null }],
  ['https://acme.lightning.force.com/lightning/setup/SetupOneHome/home', { source: SF, recordId: null, objectType: null }],
  ['https://acme.my.salesforce-setup.com/lightning/setup/ObjectManager/home', { source: SF, recordId: null, objectType: null }],
  ['https://acme.my.salesforce.com/001/o', { source: SF, recordId: null, objectType: 'account' }],
  ['https://acme.my.salesforce.com/001?fcf=00B5e000001AbCd', { source: SF, recordId: null, objectType: 'account' }],
  ['https://acme.my.salesforce.com/home/home.jsp', { source: SF, recordId: null, objectType: null }],
  ['https://acme.my.salesforce.com/setup/forcecomHomepage.apexp?setupid=ForceCom', { source: SF, recordId: null, objectType: null }],
  ['https://login.salesforce.com/?locale=uk', { source: SF, recordId: null, objectType: null }],
  ['https://test.salesforce.com/', { source: SF, recordId: null, objectType: null }],
  ['https://acme.my.salesforce.com/secur/logout.jsp', { source: SF, recordId: null, objectType: null }],
  // Communities and public sites are the company's website, not the CRM.
  ['https://acme.my.site.com/support/s/', { source: 'website', domain: 'acme.my.site.com', recordId: null }],
  ['https://www.salesforce.com/products/', { source: 'website', domain: 'salesforce.com' }],
];

const hubspot: Row[] = [
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

const GUID = '91330924-802a-4b0d-a900-34fd9d790829';
const dynamics: Row[] = [
  [
    'https://myorg.crm.dynamics.com/main.aspx?etn=account&pagetype=entityrecord&id=%7B91330924-802A-4B0D-A900-34FD9D790829%7D',
    { source: 'dynamics', recordId: GUID, objectType: 'account' },
  ],
  [
    'https://myorg.crm4.dynamics.com/main.aspx?appid=0d3b7e1a-1d2c-4e5f-9a8b-7c6d5e4f3a2b&pagetype=entityrecord&etn=account&id=91330924-802a-4b0d-a900-34fd9d790829',
    { source: 'dynamics', recordId: GUID, objectType: 'account' },
  ],
  [
    'https://myorg.crm11.dynamics.com/main.aspx?appid=0d3b7e1a-1d2c-4e5f-9a8b-7c6d5e4f3a2b&forceUCI=1&pagetype=entityrecord&etn=contact&id=91330924-802A-4B0D-A900-34FD9D790829&formid=1fed44d1-ae68-4a41-bd2b-f13acac4acfa',
    { source: 'dynamics', recordId: GUID, objectType: 'contact' },
  ],
  [
    'https://myorg.crm.dynamics.com/main.aspx?appid=0d3b7e1a-1d2c-4e5f-9a8b-7c6d5e4f3a2b&etn=account&id=91330924-802a-4b0d-a900-34fd9d790829',
    { source: 'dynamics', recordId: GUID, objectType: 'account' },
  ],
  [
    'https://myorg.crm.dynamics.com/main.aspx?etc=3&id=%7b91330924-802a-4b0d-a900-34fd9d790829%7d&pagetype=entityrecord',
    { source: 'dynamics', recordId: GUID, objectType: 'opportunity' },
  ],
  [
    'https://myorg.crm.dynamics.com/main.aspx?etc=1&extraqs=%3f_gridType%3d1%26etc%3d1%26id%3d%257b91330924-802A-4B0D-A900-34FD9D790829%257d&pagetype=entityrecord',
    { source: 'dynamics', recordId: GUID, objectType: 'account' },
  ],
  [
    'https://myorg.crm.dynamics.com/main.aspx?etn=lead&pagetype=entityrecord&id=91330924-802a-4b0d-a900-34fd9d790829',
    { source: 'dynamics', recordId: GUID, objectType: 'lead' },
  ],
  [
    'https://myorg.crm.dynamics.com/main.aspx?appid=0d3b7e1a-1d2c-4e5f-9a8b-7c6d5e4f3a2b&pagetype=entitylist&etn=account&viewid=00000000-0000-0000-00aa-000010001001',
    { source: 'dynamics', recordId: null, objectType: 'account' },
  ],
  [
    'https://myorg.crm.dynamics.com/main.aspx?appid=0d3b7e1a-1d2c-4e5f-9a8b-7c6d5e4f3a2b&pagetype=entityrecord&etn=account',
    { source: 'dynamics', recordId: null, objectType: 'account' },
  ],
  [
    'https://myorg.crm.dynamics.com/main.aspx?appid=0d3b7e1a-1d2c-4e5f-9a8b-7c6d5e4f3a2b&pagetype=dashboard&id=00000000-0000-0000-0000-000000000000',
    { source: 'dynamics', recordId: null, objectType: null },
  ],
  ['https://myorg.crm.dynamics.com/', { source: 'dynamics', recordId: null, objectType: null }],
  ['https://dynamics.microsoft.com/en-us/sales/overview/', { source: 'website', domain: 'microsoft.com' }],
  ['https://www.dynamics.com/', { source: 'website', domain: 'dynamics.com' }],
];

const pipedrive: Row[] = [
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
  ['https://www.pipedrive.com/en/pricing', { source: 'website', domain: 'pipedrive.com' }],
  ['https://acme.pipedrive.com.evil.io/organization/3', { source: 'website', domain: 'evil.io', recordId: null }],
  ['https://acme-pipedrive.com/organization/3', { source: 'website', domain: 'acme-pipedrive.com', recordId: null }],
];

const zoho: Row[] = [
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

const directories: Row[] = [
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
  ['https://www.crunchbase.com/organization/facebook', { source: 'crunchbase', slug: 'facebook', objectType: 'account', recordId: null }],
  [
    'https://www.crunchbase.com/organization/facebook/company_financials',
    { source: 'crunchbase', slug: 'facebook', objectType: 'account' },
  ],
  ['https://www.crunchbase.com/person/mark-zuckerberg', { source: 'crunchbase', slug: null, objectType: 'contact' }],
  ['https://www.crunchbase.com/discover/organization.companies', { source: 'crunchbase', slug: null, objectType: null }],
  ['https://linkedin.com.evil.io/company/google', { source: 'website', domain: 'evil.io', slug: null }],
];

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
    salesforce,
    hubspot,
    dynamics,
    pipedrive,
    zoho,
    directories,
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
    for (const [url] of [
      ...salesforce,
      ...hubspot,
      ...dynamics,
      ...pipedrive,
      ...zoho,
      ...directories,
      ...websites,
      ...lookAlikes,
      ...unsupported,
    ]) {
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
