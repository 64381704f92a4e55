import { extractSiteSignalsFromHtml } from './extract-site-html';
import { siteSignalsFrom } from './raw-site-signals';
import { isMailPage, NO_SITE_SIGNALS, readMail, readRecord } from './read-page';
import { type PageSignals, PageSignalsSchema } from './schema';

/**
 * The signals of a saved page, read from its HTML text without a browser (the `tal` command). Give a
 * parsed `document` of the same HTML to also read a CRM or directory record the way the extension does.
 */
export function pageSignalsFromHtml(html: string, url: string, document?: Document): PageSignals {
  return PageSignalsSchema.parse({
    url,
    ...(isMailPage(url) ? NO_SITE_SIGNALS : siteSignalsFrom(extractSiteSignalsFromHtml(html), url)),
    record: document ? readRecord(document, url) : null,
    mail: document ? readMail(document, url) : undefined,
  });
}
