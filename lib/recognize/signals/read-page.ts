import { parsePageUrl } from '../parse-page-url';
import type { PageUrlInfo } from '../recognition';
import { platformById } from '../sources';
import { siteSignalsFrom } from './raw-site-signals';
import { readSiteSignalsFromDom } from './read-site-dom';
import { type MailSignalsInput, type PageSignals, PageSignalsSchema, type RecordSignalsInput } from './schema';

/**
 * Everything a content script reports about the page it runs in: the site's own signals and, on a CRM or
 * directory record page, what the page shows about the record. A reader that trips over an unexpected
 * page layout costs the record part only.
 */
export function readPageSignals(document: Document = globalThis.document, url: string = document.location.href): PageSignals {
  const page = parsePageUrl(url);
  const mail = platformById(page.source)?.kind === 'mail';
  return PageSignalsSchema.parse({
    url,
    // A mail page's title and metadata hold the subject: on mail, only addresses are read.
    ...(mail ? NO_SITE_SIGNALS : siteSignalsFrom(readSiteSignalsFromDom(document), url)),
    record: mail ? null : readRecord(document, url, page),
    mail: mail ? readMail(document, url, page) : undefined,
  });
}

/** The site part of a mail page's signals: nothing (its title is the open message's subject). */
export const NO_SITE_SIGNALS = { siteName: null, title: null, canonicalUrl: null, organizations: [] };

/** Whether a URL is a mail page (Gmail, Outlook on the web). */
export function isMailPage(url: string): boolean {
  return platformById(parsePageUrl(url).source)?.kind === 'mail';
}

/** On a mail page (Gmail, Outlook), the open thread's addresses; undefined on other pages. A reader that trips costs the mail part only. */
export function readMail(document: Document, url: string, page: PageUrlInfo = parsePageUrl(url)): MailSignalsInput | undefined {
  const platform = platformById(page.source);
  if (platform?.kind !== 'mail') return undefined;
  try {
    return platform.readMail(document, new URL(url)) ?? undefined;
  } catch (error) {
    console.warn(`TAL Scout: could not read the ${platform.id} message on this page`, error);
    return undefined;
  }
}

/** What the platform's page reader sees on a record page; null on other pages (lists, home, websites). */
export function readRecord(document: Document, url: string, page: PageUrlInfo = parsePageUrl(url)): RecordSignalsInput | null {
  const platform = platformById(page.source);
  // A directory's person page (LinkedIn `/in/<slug>`) has no key of its own: its employer is read from the page.
  const personPage = platform?.kind === 'directory' && page.objectType === 'contact';
  if (!platform || platform.kind === 'mail' || (page.recordId === null && page.slug === null && !personPage)) return null;
  try {
    return platform.readPage(document, page);
  } catch (error) {
    console.warn(`TAL Scout: could not read the ${platform.id} record on this page`, error);
    return null;
  }
}
