import { parsePageUrl } from '../parse-page-url';
import { platformById } from '../sources';
import { siteSignalsFrom } from './raw-site-signals';
import { readSiteSignalsFromDom } from './read-site-dom';
import { type PageSignals, PageSignalsSchema, type RecordSignalsInput } from './schema';

/**
 * Everything a content script reports about the page it runs in: the site's own signals and, on a CRM or
 * directory record page, what the page shows about the record. A reader that trips over an unexpected
 * page layout costs the record part only.
 */
export function readPageSignals(document: Document = globalThis.document, url: string = document.location.href): PageSignals {
  return PageSignalsSchema.parse({
    url,
    ...siteSignalsFrom(readSiteSignalsFromDom(document), url),
    record: readRecord(document, url),
  });
}

/** What the platform's page reader sees on a record page; null on other pages (lists, home, websites). */
export function readRecord(document: Document, url: string): RecordSignalsInput | null {
  const page = parsePageUrl(url);
  const platform = platformById(page.source);
  // A directory's person page (LinkedIn `/in/<slug>`) has no key of its own: its employer is read from the page.
  const personPage = platform?.kind === 'directory' && page.objectType === 'contact';
  if (!platform || (page.recordId === null && page.slug === null && !personPage)) return null;
  try {
    return platform.readPage(document, page);
  } catch (error) {
    console.warn(`TAL Scout: could not read the ${platform.id} record on this page`, error);
    return null;
  }
}
