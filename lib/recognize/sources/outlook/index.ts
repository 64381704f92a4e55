import { addressIn } from '../../mail/addresses';
import type { MailSignalsInput } from '../../signals/schema';
import { type MailSource, NO_RECORD, type UrlRecord } from '../types';

const HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];

/** An open message in Outlook's URL: `/mail/<folder>/id/<id>`, `/mail/id/<id>`, `/mail/deeplink/read/<id>`, `/owa/?ItemID=…`. */
const MESSAGE_PATH = /^\/mail\/(?:[^/]+\/)*(?:id|read)\/[^/]+/;

function parseUrl(url: URL): UrlRecord {
  const open = MESSAGE_PATH.test(url.pathname) || url.searchParams.has('ItemID');
  return open ? { recordId: null, objectType: 'contact', slug: null } : NO_RECORD;
}

/**
 * The signed-in user, from Microsoft 365's account manager (MeControl), whose current-account line is
 * `#mectrl_currentAccount_secondary`: the id public Outlook and Microsoft 365 test suites read the
 * signed-in address from.
 */
function userOf(document: Document): string | null {
  return addressIn(document.querySelector('#mectrl_currentAccount_secondary')?.textContent);
}

/** Which header line an address belongs to, from its own or an ancestor's label ("From: …", "To: …", "Cc: …"). */
function roleOf(element: Element): 'from' | 'to' | 'cc' | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const label = `${node.getAttribute('aria-label') ?? ''} ${node.getAttribute('data-testid') ?? ''}`.trim().toLowerCase();
    if (/^from\b|^от\b|^发件人/.test(label)) return 'from';
    if (/^cc\b|^копия|^抄送/.test(label)) return 'cc';
    if (/^to\b|^кому|^收件人|recipientwell/.test(label)) return 'to';
    if (node.matches('[data-app-section="ConversationContainer"], #ReadingPaneContainerId')) break;
  }
  return null;
}

/**
 * The addresses of the open message, in the reading pane (`#ReadingPaneContainerId`, else the page's
 * reading region: the containers auslong427/Outlook-Copy's copy-sender.js v1.7.0 finds the message
 * header in). Outlook shows people as persona buttons whose `title` or `aria-label` holds the address,
 * or `mailto:` links; each is placed by its header label (From, To, Cc). The first address without
 * a label is the sender.
 */
function readMail(document: Document): MailSignalsInput | null {
  const user = userOf(document);
  const pane =
    document.querySelector('#ReadingPaneContainerId') ??
    document.querySelector('[data-app-section="ConversationContainer"]') ??
    document.querySelector('[role="main"]');
  if (!pane) return { user, messages: [] };
  const message = { from: null as string | null, to: [] as string[], cc: [] as string[] };
  const seen = new Set<string>();
  for (const element of pane.querySelectorAll('[title*="@"], [aria-label*="@"], a[href^="mailto:"], [data-email]')) {
    const address =
      addressIn(element.getAttribute('data-email')) ??
      addressIn(element.getAttribute('href')) ??
      addressIn(element.getAttribute('title')) ??
      addressIn(element.getAttribute('aria-label'));
    if (!address || seen.has(address)) continue;
    seen.add(address);
    const role = roleOf(element) ?? (message.from === null ? 'from' : 'to');
    if (role === 'from' && message.from === null) message.from = address;
    else if (role === 'cc') message.cc.push(address);
    else message.to.push(address);
  }
  return { user, messages: message.from || message.to.length > 0 ? [message] : [] };
}

/** Outlook on the web (`outlook.office.com`, `outlook.office365.com`, `outlook.live.com`): the open message's correspondent's company. */
export const outlook: MailSource = {
  id: 'outlook',
  kind: 'mail',
  matches: HOSTS.map((host) => `https://${host}/*`),
  matchHost: (host) => HOSTS.includes(host),
  parseUrl,
  readMail,
};
