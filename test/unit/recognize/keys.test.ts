import { describe, expect, it } from 'vitest';
import {
  accountKeys,
  crmKey,
  normalizeCompanyName,
  normalizeSlug,
  registrableDomain,
  salesforceChecksum,
  salesforceKey,
} from '@/lib/recognize/keys';

const DOMAIN_CASES: [string, string | null][] = [
  ['https://blog.acme.co.uk/x', 'acme.co.uk'],
  ['careers.acme.de', 'acme.de'],
  ['www.acme.com/about?x=1', 'acme.com'],
  ['https://shop1.myshopify.com', 'shop1.myshopify.com'],
  ['acme.my.site.com', 'acme.my.site.com'],
  ['help.acme.my.site.com', 'acme.my.site.com'],
  ['https://news.acme.substack.com', 'acme.substack.com'],
  ['acme.wordpress.com', 'acme.wordpress.com'],
  ['acme.hs-sites.com', 'acme.hs-sites.com'],
  ['substack.com', 'substack.com'],
  ['https://www.substack.com/', 'substack.com'],
  ['https://acme.zendesk.com/hc/en-us', 'acme.zendesk.com'],
  ['https://acme.wd5.myworkdayjobs.com/en-US/careers', 'acme.wd5.myworkdayjobs.com'],
  ['https://acme.jobs.personio.de/', 'acme.jobs.personio.de'],
  ['https://partners.acme.force.com/login', 'acme.force.com'],
  ['https://acme.secure.force.com/portal', 'acme.secure.force.com'],
  ['https://www.squarespace.com/pricing', 'squarespace.com'],
  ['https://münchen.de', 'xn--mnchen-3ya.de'],
  ['münchen.de', 'xn--mnchen-3ya.de'],
  ['xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
  ['ромашка.рф', 'xn--80aa3agjl3d.xn--p1ai'],
  ['info@acme.com', 'acme.com'],
  [' ACME.COM. ', 'acme.com'],
  ['192.168.0.1', null],
  ['http://[2001:db8::1]/', null],
  ['localhost', null],
  ['intranet.acme.local', null],
  ['', null],
  ['not a domain', null],
  ['http://', null],
];

describe('registrableDomain', () => {
  it.each(DOMAIN_CASES)('%s → %s', (input, expected) => {
    expect(registrableDomain(input)).toBe(expected);
    expect(registrableDomain(input)).toBe(expected);
  });

  it("gives a registrable domain as itself (an account's keys are taken from its stored domain)", () => {
    for (const [, domain] of DOMAIN_CASES) if (domain !== null) expect(registrableDomain(domain)).toBe(domain);
  });
});

describe('salesforceKey', () => {
  it('gives 15- and 18-character ids of one record the same key', () => {
    expect(salesforceKey('0015e00000AbCdEAAV')).toBe('0015e00000AbCdE');
    expect(salesforceKey('0015e00000AbCdE')).toBe('0015e00000AbCdE');
  });

  it('restores the case of an 18-character id whose letters were folded', () => {
    expect(salesforceKey('0015E00000ABCDEAAV')).toBe('0015e00000AbCdE');
    expect(salesforceKey('0015e00000abcdeaav')).toBe('0015e00000AbCdE');
  });

  it('keeps a 15-character id case-sensitive and an id with a wrong checksum as written', () => {
    expect(salesforceKey('0015e00000abcde')).not.toBe(salesforceKey('0015e00000AbCdE'));
    expect(salesforceKey('001A000001NwRtlAAA')).toBe('001A000001NwRtl');
  });

  it('computes the checksum Salesforce appends', () => {
    expect(salesforceChecksum('0015e00000AbCdE')).toBe('AAV');
    expect(salesforceChecksum('001A000001NwRtl')).toBe('IAF');
  });
});

describe('crmKey', () => {
  it.each([
    ['salesforce', '0015e00000AbCdEAAV', 'salesforce:0015e00000AbCdE'],
    ['dynamics', '{91330924-802A-4B0D-A900-34FD9D790829}', 'dynamics:91330924-802a-4b0d-a900-34fd9d790829'],
    ['zoho', 'zcrm_346103000146134135', 'zoho:346103000146134135'],
    ['hubspot', ' 2640917901 ', 'hubspot:2640917901'],
    ['pipedrive', '3', 'pipedrive:3'],
  ] as const)('%s %s → %s', (crm, id, key) => {
    expect(crmKey(crm, id)).toBe(key);
  });
});

describe('normalizeCompanyName', () => {
  it.each([
    ['Acme, Inc.', 'acme'],
    ['ACME Corp', 'acme'],
    ['Acme S.A.', 'acme'],
    ['Acme SAS', 'acme'],
    ['Acme B.V.', 'acme'],
    ['Acme Oy', 'acme'],
    ['Acme AB', 'acme'],
    ['Acme K.K.', 'acme'],
    ['Acme Pty Ltd', 'acme'],
    ['Acme GmbH & Co. KG', 'acme'],
    ['Acme L.L.C.', 'acme'],
    ['AB Volvo', 'volvo'],
    ['ООО «Ромашка»', 'ромашка'],
    ['Ромашка, ООО', 'ромашка'],
    ['ПАО "Ромашка"', 'ромашка'],
    ['北京云图科技有限公司', '北京云图科技'],
    ['腾讯控股股份有限公司', '腾讯控股'],
    ['株式会社トヨタ', 'トヨタ'],
    ['トヨタ株式会社', 'トヨタ'],
    ['㈱トヨタ', 'トヨタ'],
    ['Société Générale', 'societe generale'],
    ['McDonald’s Corporation', 'mcdonalds'],
    ['Procter & Gamble', 'procter and gamble'],
    ['Inc', 'inc'],
  ])('%s → %s', (name, key) => {
    expect(normalizeCompanyName(name)).toBe(key);
  });

  it('keeps the marks of scripts other than Latin', () => {
    expect(normalizeCompanyName('ガス')).not.toBe(normalizeCompanyName('カス'));
  });

  it('gives on its one-pass ASCII path what the regular expressions of the Unicode path give', () => {
    // A combining accent first sends a name down the Unicode path, whose accent folding then removes it.
    const unicodePath = (name: string) => normalizeCompanyName(`\u0301${name}`);
    expect(unicodePath('Société')).toBe('societe');
    const pieces = [
      'Acme',
      'BOLT',
      'o',
      "O'Brien",
      'S.A.',
      'B.V.',
      'Inc',
      'GmbH',
      '&',
      'Co.',
      'KG',
      'L.L.C.',
      '3M',
      '`x`',
      '--',
      '\t',
      ' ',
      '  ',
      '_',
      '~',
      '|',
      'a',
      'b',
      '\u007f',
      '\u0001',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 3000; n++) {
      let name = '';
      for (let k = next() % 7; k >= 0; k--) name += `${pieces[next() % pieces.length]}${next() % 3 === 0 ? '' : ' '}`;
      expect(normalizeCompanyName(name), JSON.stringify(name)).toBe(unicodePath(name));
    }
  });

  it('separates words at the same ASCII characters on the fast path as on the Unicode one', () => {
    // `é` sends a name down the Unicode path and folds to `e`: both paths must split `Acme?Labs` alike.
    for (let code = 0; code < 128; code++) {
      const char = String.fromCharCode(code);
      expect(`${normalizeCompanyName(`Acme${char}Labs`)}e`, `character ${code}`).toBe(normalizeCompanyName(`Acme${char}Labsé`));
    }
  });
});

describe('normalizeSlug', () => {
  it.each([
    ['acme-robotics', 'acme-robotics'],
    ['/Acme-Robotics/', 'acme-robotics'],
    ['https://www.linkedin.com/company/acme-robotics/', 'acme-robotics'],
    ['linkedin.com/company/acme-robotics/about?trk=x', 'acme-robotics'],
    ['https://www.crunchbase.com/organization/acme-robotics', 'acme-robotics'],
    ['Soci%C3%A9t%C3%A9-G%C3%A9n%C3%A9rale', 'société-générale'],
    ['100%-bad-escape', '100%-bad-escape'],
  ])('%s → %s', (slug, expected) => {
    expect(normalizeSlug(slug)).toBe(expected);
  });
});

describe('accountKeys', () => {
  it('lists every key once, in the matching order', () => {
    const keys = accountKeys({
      id: 'A1',
      name: 'Fabrikam Software GmbH',
      domain: 'https://www.fabrikam.io/',
      aliases: ['fabrikam.com', 'www.fabrikam.io', 'fabrikam.com'],
      salesforceId: '0015e00000AbCdEAAV',
      hubspotId: '5103',
      dynamicsId: '{91330924-802A-4B0D-A900-34FD9D790829}',
      zohoId: 'zcrm_346103000146134135',
      pipedriveId: '3',
      linkedinSlug: 'https://www.linkedin.com/company/fabrikam/',
      crunchbaseSlug: 'fabrikam',
    });
    expect(keys).toEqual([
      { kind: 'crm-id', value: 'salesforce:0015e00000AbCdE' },
      { kind: 'crm-id', value: 'hubspot:5103' },
      { kind: 'crm-id', value: 'dynamics:91330924-802a-4b0d-a900-34fd9d790829' },
      { kind: 'crm-id', value: 'pipedrive:3' },
      { kind: 'crm-id', value: 'zoho:346103000146134135' },
      { kind: 'domain', value: 'fabrikam.io' },
      { kind: 'alias', value: 'fabrikam.com' },
      { kind: 'slug', value: 'linkedin:fabrikam' },
      { kind: 'slug', value: 'crunchbase:fabrikam' },
      { kind: 'name', value: 'fabrikam software' },
    ]);
  });

  it('gives an IDN domain from a CRM export the punycode key a page URL gives', () => {
    expect(accountKeys({ id: 'A19', name: 'ООО Ромашка', domain: 'ромашка.рф' })).toContainEqual({
      kind: 'domain',
      value: registrableDomain('https://xn--80aa3agjl3d.xn--p1ai/'),
    });
  });
});
