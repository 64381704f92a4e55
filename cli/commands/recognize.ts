import { AccountFileError, parseAccountsText } from '../../lib/import';
import { createMemoryIndex } from '../../lib/recognize/memory-index';
import { parsePageUrl, toUrl } from '../../lib/recognize/parse-page-url';
import { recognize } from '../../lib/recognize/recognize';
import { pageSignalsFromHtml } from '../../lib/recognize/signals/from-html';
import type { PageSignals } from '../../lib/recognize/signals/schema';
import { platformById } from '../../lib/recognize/sources';
import type { Account } from '../../lib/schema/account';
import { type CommandIo, InputError, parseOptions, printJson, readInput, UsageError } from '../io';

/**
 * `tal recognize <url> [--accounts <file>] [--html <file>]`: which company a page is about, as the extension
 * sees it (spec §5). `--html` reads the page's own signals from a saved copy of it.
 */
export async function run(args: string[], io: CommandIo) {
  const { positionals, values } = parseOptions(args, { accounts: { type: 'string' }, html: { type: 'string' } }, true);
  if (positionals.length !== 1) throw new UsageError('expected exactly one page URL');
  const url = pageUrl(positionals[0] as string);
  const accounts = values.accounts ? await readAccounts(io, values.accounts) : [];
  const signals = values.html ? await readSignals(await readInput(io, values.html), url) : null;
  printJson(io, await recognize(url, { index: createMemoryIndex(accounts), signals }));
}

/** The URL as given; a bare `acme.com/about` is read as `https://acme.com/about`, as a browser would. */
function pageUrl(text: string): string {
  const withScheme = /^[a-z][a-z0-9+.-]*:(?:\/\/|[^0-9])/i.test(text) ? text : `https://${text}`;
  if (!toUrl(withScheme)) throw new InputError(`"${text}" is not a URL`);
  return withScheme;
}

async function readAccounts(io: CommandIo, path: string): Promise<Account[]> {
  try {
    const { accounts, errors } = parseAccountsText(await readInput(io, path), path);
    if (errors.length > 0) {
      const rows = `${errors.length} row${errors.length === 1 ? '' : 's'}`;
      io.stderr(`${path}: ${rows} left out of the lookup (see tal import --accounts ${path} --dry-run)\n`);
    }
    return accounts;
  } catch (error) {
    if (error instanceof AccountFileError) throw new InputError(error.message);
    throw error;
  }
}

const MAX_DOM_HTML_LENGTH = 5 * 1024 * 1024;

/**
 * The page's signals from its HTML text. On CRM and directory record pages the record (name, website,
 * related account) is read from a DOM built by happy-dom, which never runs the page's scripts; where
 * happy-dom is not installed, or the page is too big for its parser (slow on huge markup), only the site
 * signals are read.
 */
async function readSignals(html: string, url: string): Promise<PageSignals> {
  const page = parsePageUrl(url);
  const kind = platformById(page.source)?.kind;
  // A record page, a directory's person page (its employer) or a mail page (its addresses) is read from a DOM.
  const readsDom =
    page.recordId !== null || page.slug !== null || kind === 'mail' || (kind === 'directory' && page.objectType === 'contact');
  if (page.source === 'website' || page.source === 'unsupported' || !readsDom || html.length > MAX_DOM_HTML_LENGTH) {
    return pageSignalsFromHtml(html, url);
  }
  const happyDom = await import('happy-dom').catch(() => null);
  if (!happyDom) return pageSignalsFromHtml(html, url);
  const window = new happyDom.Window({ url });
  try {
    const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return pageSignalsFromHtml(html, url, document);
  } finally {
    await window.happyDOM.close();
  }
}
