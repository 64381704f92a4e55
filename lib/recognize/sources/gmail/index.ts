import { addressIn } from '../../mail/addresses';
import type { MailSignalsInput } from '../../signals/schema';
import { type MailSource, NO_RECORD, type UrlRecord } from '../types';

/**
 * A message (or thread) open in Gmail's URL: the fragment names a list and a message id
 * (`#inbox/FMfcgzQXJWx…`, `#label/Clients/…`, `#search/fabrikam/…`), or the print view (`?view=pt`).
 */
const MESSAGE_FRAGMENT = /^#[^/]+(?:\/[^/]+)*\/[A-Za-z0-9]{16,}$/;

function parseUrl(url: URL): UrlRecord {
  if (!url.pathname.startsWith('/mail/')) return NO_RECORD;
  const open = MESSAGE_FRAGMENT.test(url.hash) || url.searchParams.get('view') === 'pt';
  return open ? { recordId: null, objectType: 'contact', slug: null } : NO_RECORD;
}

/**
 * The signed-in user: Gmail's title names the account ("Inbox (3) - dana@contoso.com - Gmail"), and
 * so does the account button's label ("Google Account: Dana Lee (dana@contoso.com)").
 */
function userOf(document: Document): string | null {
  const fromTitle = / - ([^ ]+@[^ ]+) - /.exec(document.title)?.[1];
  if (fromTitle) return addressIn(fromTitle);
  const account = document.querySelector('a[aria-label^="Google Account"], a[aria-label*="@"][href*="accounts.google.com"]');
  return addressIn(account?.getAttribute('aria-label'));
}

/**
 * The addresses of each message of the open thread, from the `email` attribute Gmail puts on every
 * person it shows: the sender is `span[email].gD` and the recipients `span[email].g2` inside each
 * message (`div.adn`), as Gmail.js keeps them (KartikTalwar/gmail.js, src/gmail.js, `dom()` of an
 * email: `from: "span[email].gD"`, `to: "span[email].g2"`; commit b7dfdab, 2026-03). The print view
 * (`?view=pt`) writes the same people as text ("From: Dana Lee <dana@fabrikam.io>"). Gmail's headers
 * do not separate To from Cc in the thread view; recipients are read as To in page order.
 */
function readMail(document: Document, url: URL): MailSignalsInput | null {
  const user = userOf(document);
  const messages = [...document.querySelectorAll('div.adn')].map((message) => ({
    from: message.querySelector('span[email].gD')?.getAttribute('email') ?? null,
    to: [...message.querySelectorAll('span[email].g2')].map((person) => person.getAttribute('email') ?? ''),
    cc: [] as string[],
  }));
  const read = messages.filter((message) => message.from !== null || message.to.length > 0);
  if (read.length > 0 || url.searchParams.get('view') !== 'pt') return { user, messages: read };
  // Only the print view is read as text: on the live app (the inbox, every DOM change) that scan would be work for nothing.
  const printed = printView(document);
  return printed ? { user, messages: [printed] } : { user, messages: [] };
}

/** The print view's header lines ("From:", "To:", "Cc:"), addresses only. */
function printView(document: Document) {
  const lines = [...document.querySelectorAll('td, div')]
    .map((cell) => cell.textContent ?? '')
    .filter((text) => /^(From|To|Cc):/i.test(text.trim()));
  if (lines.length === 0) return null;
  const addresses = (label: string) =>
    lines
      .filter((line) => line.trim().toLowerCase().startsWith(`${label}:`))
      .flatMap((line) => line.split(/[,;]/).map(addressIn))
      .filter((address): address is string => address !== null);
  return { from: addresses('from')[0] ?? null, to: addresses('to'), cc: addresses('cc') };
}

/** Gmail on the web (`mail.google.com`): the open message's correspondent's company (spec §4). */
export const gmail: MailSource = {
  id: 'gmail',
  kind: 'mail',
  matches: ['https://mail.google.com/*'],
  matchHost: (host) => host === 'mail.google.com',
  parseUrl,
  readMail,
};
