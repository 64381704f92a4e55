// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSiteSignalsFromHtml } from '@/lib/recognize/signals/extract-site-html';
import { pageSignalsFromHtml } from '@/lib/recognize/signals/from-html';
import { readSiteSignalsFromDom } from '@/lib/recognize/signals/read-site-dom';

const PAGES = 'test/fixtures/pages';
const pages = JSON.parse(readFileSync(`${PAGES}/pages.json`, 'utf8')) as { file: string; url: string }[];

describe('extractSiteSignalsFromHtml (the tal command’s reader, no browser)', () => {
  it('gives what the DOM reader gives on every well-formed fixture page', () => {
    // The hostile page is left out: happy-dom parses <textarea> content as markup, browsers (and this reader) as text.
    const wellFormed = pages.filter((page) => !page.file.endsWith('/hostile.html'));
    expect(wellFormed.length).toBeGreaterThanOrEqual(5);
    for (const { file } of wellFormed) {
      const html = readFileSync(file, 'utf8');
      const fromDom = readSiteSignalsFromDom(new DOMParser().parseFromString(html, 'text/html'));
      expect(extractSiteSignalsFromHtml(html), file).toEqual(fromDom);
    }
  });

  it('reads meta, canonical link and JSON-LD, and ignores comments, templates and script text', () => {
    const raw = extractSiteSignalsFromHtml(readFileSync(`${PAGES}/company-site.html`, 'utf8'));
    expect(raw.siteNames).toEqual(['Fabrikam']);
    expect(raw.canonicalHrefs).toEqual(['/careers/']);
    expect(raw.ogUrls).toEqual(['https://www.fabrikam.io/careers/']);
    expect(raw.jsonLd).toHaveLength(2);
  });

  it('reads the hostile page as a browser would, markup in text elements and broken JSON-LD included', () => {
    const raw = extractSiteSignalsFromHtml(readFileSync(`${PAGES}/hostile.html`, 'utf8'));
    expect(raw.siteNames[0]).toBe('<script>alert(document.cookie)</script>Evil\u202emoc.elgoog\u202c <img src=x onerror=alert(1)> Corp');
    expect(raw.canonicalHrefs).toEqual(['data:text/html,<script>alert(1)</script>', '  //evil.example/landing  ']);
    expect(raw.ogUrls).toEqual(['javascript:alert(1)']);
    expect(raw.baseHref).toBe('https://cdn.evil.example/');
    expect(raw.jsonLd).toHaveLength(4);
  });

  it('decodes character references in attributes as a browser does', () => {
    const raw = extractSiteSignalsFromHtml(`<meta property="og:site_name" content="AT&amp;T &#x41;&#66; &eacute; &unknown; &#0;">`);
    expect(raw.siteNames).toEqual(['AT&T AB é &unknown; \ufffd']);
  });

  it('reads unquoted, single-quoted and upper-case markup', () => {
    const raw = extractSiteSignalsFromHtml(`<META PROPERTY=og:site_name CONTENT=Acme><LINK REL='Canonical Alternate' HREF='/x'>`);
    expect(raw).toMatchObject({ siteNames: ['Acme'], canonicalHrefs: ['/x'] });
  });

  it('stops at the end of text that never closes, in linear time', () => {
    const started = performance.now();
    for (const html of [
      '<script>'.repeat(200_000),
      '<a title="'.repeat(200_000),
      '<!--'.repeat(200_000),
      '<'.repeat(1_000_000),
      `<meta content="${'x'.repeat(2_000_000)}`,
    ]) {
      expect(extractSiteSignalsFromHtml(html)).toEqual({
        siteNames: [],
        canonicalHrefs: [],
        ogUrls: [],
        baseHref: null,
        jsonLd: [],
        title: null,
      });
    }
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('pageSignalsFromHtml', () => {
  it('cleans what it reads: plain text names, http(s) addresses only', () => {
    const html = `<meta property="og:site_name" content="&lt;b&gt;Acme&lt;/b&gt;"><link rel="canonical" href="javascript:alert(1)">`;
    expect(pageSignalsFromHtml(html, 'https://acme.com/')).toEqual({
      url: 'https://acme.com/',
      siteName: 'Acme',
      title: null,
      canonicalUrl: null,
      organizations: [],
      record: null,
    });
  });

  it('reads a CRM record only from a parsed document', () => {
    const { file, url } = pages.find((p) => p.file.endsWith('hubspot/fixtures/company.html')) as { file: string; url: string };
    const html = readFileSync(file, 'utf8');
    expect(pageSignalsFromHtml(html, url).record).toBeNull();
    expect(pageSignalsFromHtml(html, url, new DOMParser().parseFromString(html, 'text/html')).record?.name).toBe('Tailspin Toys');
  });
});
