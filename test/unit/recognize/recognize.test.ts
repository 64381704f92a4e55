import { describe, expect, it } from 'vitest';
import { createMemoryIndex } from '@/lib/recognize/memory-index';
import { recognize } from '@/lib/recognize/recognize';
import { type PageSignals, type PageSignalsInput, PageSignalsSchema } from '@/lib/recognize/signals/schema';
import type { Account } from '@/lib/schema/account';

const accounts: Account[] = [
  {
    id: 'A1',
    name: 'Northwind Retail Group',
    domain: 'northwindretail.com',
    aliases: ['nwretail.com'],
    salesforceId: '0015e00000AbCdEAAV',
    hubspotId: '5101',
    linkedinSlug: 'northwind-retail',
  },
  {
    id: 'A2',
    name: 'Contoso Bank',
    domain: 'contosobank.com',
    salesforceId: '0015e00000CtSbKAAZ',
    dynamicsId: '{91330924-802A-4B0D-A900-34FD9D790829}',
  },
  {
    id: 'A3',
    name: 'Fabrikam Software GmbH',
    domain: 'fabrikam.io',
    aliases: ['fabrikam.com'],
    crunchbaseSlug: 'fabrikam',
    pipedriveId: '3',
    zohoId: 'zcrm_346103000146134135',
  },
  // Two records of one company, as CRM exports often have.
  { id: 'A4', name: 'Tailspin Toys', domain: 'tailspintoys.com' },
  { id: 'A5', name: 'Tailspin Toys Europe', domain: 'tailspintoys.com' },
  // A subsidiary whose parent lists its domain as an alias.
  { id: 'A6', name: 'Litware Group', domain: 'litware.com', aliases: ['litware.ai'] },
  { id: 'A7', name: 'Litware Analytics', domain: 'litware.ai' },
  { id: 'A8', name: 'ООО «Ромашка»', domain: 'ромашка.рф' },
  { id: 'A9', name: 'Acme Inc', domain: 'acme-a.com' },
  { id: 'A10', name: 'ACME GmbH', domain: 'acme-b.de' },
  { id: 'A11', name: 'LeanData', domain: 'leandata.example' },
  { id: 'A12', name: 'Woodgrove Bank', domain: 'woodgrove.example', linkedinId: '1441', linkedinSlug: 'woodgrove' },
];
const index = createMemoryIndex(accounts);

function signals(input: Partial<PageSignalsInput> & { url: string }): PageSignals {
  return PageSignalsSchema.parse({ siteName: null, canonicalUrl: null, organizations: [], record: null, ...input });
}

describe('recognize', () => {
  it('finds an account by its Salesforce id, 15 or 18 characters', async () => {
    for (const id of ['0015e00000AbCdEAAV', '0015e00000AbCdE']) {
      const answer = await recognize(`https://acme.lightning.force.com/lightning/r/Account/${id}/view`, { index });
      expect(answer.match).toEqual({ accountId: 'A1', by: 'crm-id', confidence: 1 });
      expect(answer.domain).toBeNull();
    }
    const classic = await recognize('https://acme.my.salesforce.com/0015e00000AbCdE', { index });
    expect(classic.match?.accountId).toBe('A1');
  });

  it('finds a LinkedIn company by its numeric id on any LinkedIn host, and by slug on a regional host', async () => {
    for (const url of [
      'https://www.linkedin.com/company/1441/',
      'https://de.linkedin.com/company/1441/about/',
      'https://www.linkedin.com/sales/company/1441',
    ]) {
      const answer = await recognize(url, { index });
      expect(answer, url).toMatchObject({ source: 'linkedin', recordId: '1441', slug: null, match: { accountId: 'A12', by: 'crm-id' } });
    }
    expect((await recognize('https://uk.linkedin.com/company/woodgrove', { index })).match?.accountId).toBe('A12');
  });

  it('follows a LinkedIn person page to the current employer read from the page', async () => {
    const url = 'https://www.linkedin.com/in/dana-lee-12345/';
    expect(await recognize(url, { index })).toMatchObject({
      source: 'linkedin',
      objectType: 'contact',
      slug: null,
      recordId: null,
      match: null,
    });
    const bySlug = signals({
      url,
      record: { name: 'Dana Lee', website: null, relatedAccount: { id: 'woodgrove', name: 'Woodgrove Bank' } },
    });
    expect(await recognize(url, { index, signals: bySlug })).toMatchObject({
      objectType: 'contact',
      slug: 'woodgrove',
      name: 'Woodgrove Bank',
      match: { accountId: 'A12', by: 'slug' },
    });
    const byId = signals({ url, record: { name: 'Dana Lee', website: null, relatedAccount: { id: '1441', name: 'Woodgrove' } } });
    expect(await recognize(url, { index, signals: byId })).toMatchObject({
      recordId: '1441',
      slug: null,
      match: { accountId: 'A12', by: 'crm-id' },
    });
  });

  it('takes a redirect-wrapped address for where it leads, as a page and as a website link', async () => {
    const page = await recognize('https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww.contosobank.com%2F', { index });
    expect(page).toMatchObject({ source: 'website', domain: 'contosobank.com', match: { accountId: 'A2', by: 'domain' } });
    const url = 'https://www.linkedin.com/company/contoso-bank/about/';
    const linked = signals({ url, record: { name: 'Contoso Bank', website: 'https://www.contosobank.com/', relatedAccount: null } });
    expect((await recognize(url, { index, signals: linked })).match).toMatchObject({ accountId: 'A2', by: 'domain' });
  });

  it('uses a company site’s title as a name signal when the site names itself nowhere else', async () => {
    const url = 'https://www.leandata-new.example/';
    const answer = await recognize(url, { index, signals: signals({ url, title: 'LeanData | The Winds of Change' }) });
    expect(answer).toMatchObject({ name: 'LeanData', match: { accountId: 'A11', by: 'name' } });
  });

  it('finds accounts by the record id of every CRM', async () => {
    const cases: [string, string][] = [
      ['https://app-eu1.hubspot.com/contacts/1/record/0-2/5101', 'A1'],
      ['https://org.crm4.dynamics.com/main.aspx?etn=account&pagetype=entityrecord&id=%7B91330924-802A-4B0D-A900-34FD9D790829%7D', 'A2'],
      ['https://acme.pipedrive.com/organization/3', 'A3'],
      ['https://crm.zoho.eu/crm/org1/tab/Accounts/346103000146134135', 'A3'],
    ];
    for (const [url, accountId] of cases) {
      expect((await recognize(url, { index })).match, url).toEqual({ accountId, by: 'crm-id', confidence: 1 });
    }
  });

  it('never takes a contact id for an account id', async () => {
    const answer = await recognize('https://app.hubspot.com/contacts/1/record/0-1/5101', { index });
    expect(answer).toMatchObject({ objectType: 'contact', recordId: '5101', match: null, candidates: [] });
  });

  it('uses the account a contact page shows', async () => {
    const url = 'https://acme.lightning.force.com/lightning/r/Contact/0035e00000XyZ12AAF/view';
    const page = signals({ url, record: { name: 'Priya Raman', relatedAccount: { id: '0015e00000CtSbKAAZ', name: 'Contoso Bank' } } });
    const answer = await recognize(url, { index, signals: page });
    expect(answer).toMatchObject({
      objectType: 'contact',
      name: 'Contoso Bank',
      match: { accountId: 'A2', by: 'crm-id', confidence: 0.98 },
    });
  });

  it('falls back to the related account’s name when the page shows no id', async () => {
    const url = 'https://org.crm.dynamics.com/main.aspx?etn=contact&pagetype=entityrecord&id=11111111-2222-3333-4444-555555555555';
    const answer = await recognize(url, {
      index,
      signals: signals({ url, record: { name: 'Sam Ortiz', relatedAccount: { name: 'Contoso Bank Ltd' } } }),
    });
    expect(answer.match).toEqual({ accountId: 'A2', by: 'name', confidence: 0.6 });
  });

  it('uses the Website field of a CRM account that is not in the index yet', async () => {
    const url = 'https://acme.lightning.force.com/lightning/r/Account/0015e00000ZzZzZAAX/view';
    const answer = await recognize(url, {
      index,
      signals: signals({ url, record: { name: 'Fabrikam', website: 'http://www.fabrikam.com' } }),
    });
    expect(answer).toMatchObject({ domain: null, name: 'Fabrikam', match: { accountId: 'A3', by: 'alias' } });
  });

  it('finds a company site by domain on any subdomain, and by alias', async () => {
    expect((await recognize('https://careers.northwindretail.com/jobs/42', { index })).match).toEqual({
      accountId: 'A1',
      by: 'domain',
      confidence: 0.95,
    });
    expect((await recognize('https://www.nwretail.com/', { index })).match).toEqual({ accountId: 'A1', by: 'alias', confidence: 0.9 });
  });

  it('matches an IDN page to the domain the CRM export wrote in Unicode', async () => {
    const answer = await recognize('https://xn--80aa3agjl3d.xn--p1ai/', { index });
    expect(answer.match?.accountId).toBe('A8');
  });

  it('prefers a domain match over an alias match of another account (spec §4 order)', async () => {
    const answer = await recognize('https://litware.ai/', { index });
    expect(answer.match).toEqual({ accountId: 'A7', by: 'domain', confidence: 0.95 });
    expect(answer.candidates).toEqual([
      { accountId: 'A7', by: 'domain', confidence: 0.95 },
      { accountId: 'A6', by: 'alias', confidence: 0.9 },
    ]);
  });

  it('lists the accounts sharing a domain as candidates with a lower confidence, and matches none', async () => {
    const answer = await recognize('https://tailspintoys.com/', { index });
    expect(answer.match).toBeNull();
    expect(answer.candidates).toEqual([
      { accountId: 'A4', by: 'domain', confidence: 0.63 },
      { accountId: 'A5', by: 'domain', confidence: 0.63 },
    ]);
  });

  it('settles a shared domain when the page’s name agrees with exactly one of the accounts', async () => {
    const url = 'https://tailspintoys.com/';
    const answer = await recognize(url, { index, signals: signals({ url, siteName: 'Tailspin Toys' }) });
    expect(answer.match).toEqual({ accountId: 'A4', by: 'domain', confidence: 0.85 });
    expect(answer.candidates.map((c) => c.accountId)).toEqual(['A4', 'A5']);
  });

  it('finds directory pages by slug', async () => {
    expect((await recognize('https://www.linkedin.com/company/Northwind-Retail/about/', { index })).match).toEqual({
      accountId: 'A1',
      by: 'slug',
      confidence: 0.9,
    });
    expect((await recognize('https://www.crunchbase.com/organization/fabrikam', { index })).match?.accountId).toBe('A3');
  });

  it('reads a company site’s JSON-LD: legal name, and LinkedIn profile from sameAs', async () => {
    const url = 'https://unknown-host.example.com/';
    const answer = await recognize(url, {
      index,
      signals: signals({
        url,
        organizations: [{ name: 'Northwind', url: null, sameAs: ['https://www.linkedin.com/company/northwind-retail/'] }],
      }),
    });
    expect(answer).toMatchObject({ name: 'Northwind', match: { accountId: 'A1', by: 'slug', confidence: 0.85 } });
  });

  it('takes a domain from the canonical link when the host has none', async () => {
    const url = 'http://10.0.0.8/preview';
    const answer = await recognize(url, { index, signals: signals({ url, canonicalUrl: 'https://www.contosobank.com/preview' }) });
    expect(answer).toMatchObject({
      source: 'website',
      domain: 'contosobank.com',
      match: { accountId: 'A2', by: 'domain', confidence: 0.9 },
    });
  });

  it('matches by name with legal forms ignored; two accounts with one name are ambiguous', async () => {
    const url = 'https://acme-c.org/';
    const one = await recognize(url, { index, signals: signals({ url, siteName: 'Ромашка' }) });
    expect(one.match).toEqual({ accountId: 'A8', by: 'name', confidence: 0.6 });
    const two = await recognize(url, { index, signals: signals({ url, siteName: 'ACME' }) });
    expect(two.match).toBeNull();
    expect(two.candidates).toEqual([
      { accountId: 'A9', by: 'name', confidence: 0.4 },
      { accountId: 'A10', by: 'name', confidence: 0.4 },
    ]);
  });

  it('ignores signals read on another page', async () => {
    const answer = await recognize('https://acme-c.org/', { index, signals: signals({ url: 'https://other.org/', siteName: 'Ромашка' }) });
    expect(answer).toMatchObject({ name: null, match: null });
  });

  it('never uses a CRM or directory page’s own site name as the company', async () => {
    const url = 'https://www.linkedin.com/company/unknown-co/';
    const answer = await recognize(url, { index, signals: signals({ url, siteName: 'LinkedIn', canonicalUrl: url }) });
    expect(answer).toMatchObject({ domain: null, name: null, match: null });
  });

  it('puts the rep’s remembered choice first, keyed by domain or record', async () => {
    const asked: string[] = [];
    const choices = async (key: string) => {
      asked.push(key);
      return key === 'domain:tailspintoys.com' ? 'A5' : null;
    };
    const site = await recognize('https://shop.tailspintoys.com/', { index, choices });
    expect(site.match).toEqual({ accountId: 'A5', by: 'choice', confidence: 1 });
    expect(site.candidates).toHaveLength(2);
    await recognize('https://acme.lightning.force.com/lightning/r/Contact/0035e00000XyZ12AAF/view', { index, choices });
    await recognize('https://www.linkedin.com/company/fabrikam', { index, choices });
    await recognize('https://acme.lightning.force.com/lightning/o/Account/list', { index, choices });
    expect(asked).toEqual(['domain:tailspintoys.com', 'salesforce:0035e00000XyZ12', 'linkedin:fabrikam']);
  });

  it('answers unsupported pages without looking anything up', async () => {
    const untouchable = { find: () => Promise.reject(new Error('no lookups expected')) };
    expect(await recognize('chrome://newtab/', { index: untouchable })).toEqual({
      source: 'unsupported',
      domain: null,
      recordId: null,
      objectType: null,
      slug: null,
      name: null,
      match: null,
      candidates: [],
    });
  });

  it('lets a failing index fail the recognition rather than answer “no match”', async () => {
    const broken = { find: () => Promise.reject(new Error('IndexedDB is closed')) };
    await expect(recognize('https://acme.com/', { index: broken })).rejects.toThrow('IndexedDB is closed');
  });
});
