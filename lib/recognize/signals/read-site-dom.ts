import { isJsonLdType, type RawSiteSignals } from './raw-site-signals';

const MAX_ITEMS = 20;

/** Reads the site's own description of itself from a live DOM (og:site_name, canonical link, JSON-LD). */
export function readSiteSignalsFromDom(document: Document = globalThis.document): RawSiteSignals {
  const raw: RawSiteSignals = { siteNames: [], canonicalHrefs: [], ogUrls: [], baseHref: null, jsonLd: [], title: document.title || null };
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name'))?.trim().toLowerCase();
    const content = meta.getAttribute('content');
    if (content === null) continue;
    if (key === 'og:site_name' && raw.siteNames.length < MAX_ITEMS) raw.siteNames.push(content);
    if (key === 'og:url' && raw.ogUrls.length < MAX_ITEMS) raw.ogUrls.push(content);
  }
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rel = link.getAttribute('rel')?.toLowerCase().split(/\s+/) ?? [];
    if (rel.includes('canonical') && raw.canonicalHrefs.length < MAX_ITEMS) raw.canonicalHrefs.push(link.getAttribute('href') ?? '');
  }
  raw.baseHref = document.querySelector('base[href]')?.getAttribute('href') ?? null;
  for (const script of document.querySelectorAll('script[type]')) {
    if (isJsonLdType(script.getAttribute('type')) && raw.jsonLd.length < MAX_ITEMS) raw.jsonLd.push(script.textContent ?? '');
  }
  return raw;
}
