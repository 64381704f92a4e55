// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPageSignals } from '@/lib/recognize/signals/read-page';

const PAGES = 'test/fixtures/pages';
const pages = JSON.parse(readFileSync(`${PAGES}/pages.json`, 'utf8')) as { file: string; url: string }[];

/** A fixture page parsed into a DOM, with the URL it stands for. */
function load(file: string): { document: Document; url: string } {
  const page = pages.find((p) => p.file.endsWith(`/${file}`));
  if (!page) throw new Error(`${file} is not listed in pages.json`);
  const html = readFileSync(page.file, 'utf8');
  return { document: new DOMParser().parseFromString(html, 'text/html'), url: page.url };
}

describe('readPageSignals on fixture pages', () => {
  it('reads a company site: og:site_name, canonical made absolute, the owner’s JSON-LD from @graph', () => {
    const { document, url } = load('company-site.html');
    expect(readPageSignals(document, url)).toEqual({
      url,
      siteName: 'Fabrikam',
      title: 'Careers at Fabrikam — build developer tools with us',
      canonicalUrl: 'https://www.fabrikam.io/careers/',
      organizations: [
        {
          name: 'Fabrikam Software GmbH',
          legalName: 'Fabrikam Software GmbH',
          url: 'https://www.fabrikam.io/',
          sameAs: ['https://www.linkedin.com/company/fabrikam/', 'https://twitter.com/fabrikam', 'https://github.com/fabrikam'],
        },
      ],
      record: null,
    });
  });

  it('reads no record on CRM pages that are no record', () => {
    const { document } = load('lightning-account.html');
    expect(readPageSignals(document, 'https://northwind.lightning.force.com/lightning/o/Account/list').record).toBeNull();
  });

  it('keeps a hostile page’s metadata to plain text of sane length, and its addresses to http(s)', () => {
    const { document, url } = load('hostile.html');
    const signals = readPageSignals(document, url);
    expect(signals.siteName).toBe('alert(document.cookie) Evil moc.elgoog Corp');
    expect(signals.canonicalUrl).toBe('https://evil.example/landing');
    for (const organization of signals.organizations) {
      expect(organization.name ?? '').not.toMatch(/[<>]/);
      expect(organization.url === null || /^https?:\/\//.test(organization.url)).toBe(true);
      for (const address of organization.sameAs) expect(address).toMatch(/^https?:\/\//);
    }
    expect(signals.organizations.map((o) => o.name)).toEqual(['Commented Org', 'Deep', 'Typed as a URL']);
    expect(signals.organizations[2]?.url).toBe('https://cdn.evil.example/about');
  });

  it('cuts megabyte-long names and survives megabyte-long JSON-LD', () => {
    // Built through the DOM rather than parsed: happy-dom's parser is slow on megabyte attributes, browsers are not.
    const document = new DOMParser().parseFromString('<html><head></head><body></body></html>', 'text/html');
    document.title = 'T'.repeat(1_000_000);
    const meta = document.createElement('meta');
    meta.setAttribute('property', 'og:site_name');
    meta.setAttribute('content', `${'<script>x</script>'.repeat(60_000)}Acme`);
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify({ '@type': 'Organization', name: 'N'.repeat(1_000_000) });
    document.head.append(meta, script);
    const signals = readPageSignals(document, 'https://acme.com/');
    expect(signals.siteName?.length).toBeLessThanOrEqual(200);
    expect(signals.siteName).not.toMatch(/[<>]/);
    expect(signals.organizations).toEqual([]); // over the JSON-LD size limit: skipped, not parsed
  });

  it('cuts a long JSON-LD name to 200 characters without splitting a character', () => {
    const document = new DOMParser().parseFromString('<html><head></head></html>', 'text/html');
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify({ '@type': 'Organization', name: `${'a'.repeat(199)}😀😀😀` });
    document.head.append(script);
    const name = readPageSignals(document, 'https://acme.com/').organizations[0]?.name ?? '';
    expect(Array.from(name)).toHaveLength(200);
    expect(name.endsWith('😀')).toBe(true);
  });

  it('sees fields inside open shadow roots', () => {
    const document = new DOMParser().parseFromString(
      '<html><body><records-lwc-record-layout></records-lwc-record-layout></body></html>',
      'text/html',
    );
    const host = document.querySelector('records-lwc-record-layout') as Element;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<records-highlights2><h1><lightning-formatted-text slot="primaryField">Shadow Corp</lightning-formatted-text></h1></records-highlights2>
      <records-record-layout-item field-label="Website"><a href="https://shadow.example.com">shadow.example.com</a></records-record-layout-item>`;
    const signals = readPageSignals(document, 'https://acme.lightning.force.com/lightning/r/Account/0015e00000AbCdEAAV/view');
    expect(signals.record).toEqual({ name: 'Shadow Corp', website: 'https://shadow.example.com', relatedAccount: null });
  });
});
