import { fieldValue, firstText, queryFirst, type SearchRoots, searchRoots, textOf, titleBefore, valueAfterLabel } from '../../dom/query';
import { isSubdomainOf } from '../../host';
import type { RecordSignalsInput } from '../../signals/schema';
import { numericId, objectTypeOfName } from '../record-ids';
import { type CrmSource, NO_RECORD, type UrlRecord } from '../types';

/** Pipedrive's own sites, which are not a customer's company account (`<company>.pipedrive.com`). */
// `app.pipedrive.com` is Pipedrive's web app itself (where a login without a company subdomain lands), not a website.
const NOT_ACCOUNTS = new Set(['www', 'developers', 'support', 'status', 'blog', 'community', 'marketplace', 'oauth', 'api']);

const RECORD = /^\/(organization|person|deal)\/(\d+)(?:\/|$)/;
const LEAD = /^\/leads\/inbox\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/i;
const LIST = /^\/(organizations|persons|deals|pipeline|leads)(?:\/|$)/;

function parseUrl(url: URL): UrlRecord {
  const record = RECORD.exec(url.pathname);
  if (record) return { recordId: numericId(record[2]), objectType: objectTypeOfName(record[1] as string), slug: null };
  const lead = LEAD.exec(url.pathname);
  if (lead) return { recordId: (lead[1] as string).toLowerCase(), objectType: 'lead', slug: null };
  const list = LIST.exec(url.pathname);
  if (list) {
    const name = list[1] as string;
    return { recordId: null, objectType: name === 'pipeline' ? 'opportunity' : objectTypeOfName(name), slug: null };
  }
  return NO_RECORD;
}

/** The organization a person or deal belongs to, from the first link to an organization on the page. */
function relatedOrganization(roots: SearchRoots) {
  const link = queryFirst(roots, ['a[href*="/organization/"]']);
  const id = /\/organization\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1] ?? null;
  return link && id ? { id, name: textOf(link) } : null;
}

function readPage(document: Document, page: UrlRecord): RecordSignalsInput {
  const roots = searchRoots(document);
  // The record id is the URL's. The name: the detail view's `.descriptionHead h1` that Clockify's
  // Pipedrive integration reads (clockify/browser-extension, src/integrations/pipedrive.js, commit
  // 08a9d8b), then any page heading, then the document title ("Fabrikam - Pipedrive").
  const name = firstText(roots, ['.descriptionHead h1', 'h1']) ?? titleBefore(document, [' - ', ' | ']);
  if (page.objectType !== 'account') return { name, website: null, relatedAccount: relatedOrganization(roots) };
  // Fields by their label's text, which survives a redesign that renames every class.
  const website = fieldValue(valueAfterLabel(roots, 'dt, label', ['Website', 'Web']));
  return { name, website, relatedAccount: null };
}

/** Pipedrive: `<company>.pipedrive.com/organization/<id>`, `/person/<id>`, `/deal/<id>`, leads. */
export const pipedrive: CrmSource = {
  id: 'pipedrive',
  kind: 'crm',
  matches: ['https://*.pipedrive.com/*'],
  matchHost: (host) =>
    isSubdomainOf(host, 'pipedrive.com') && host.split('.').length === 3 && !NOT_ACCOUNTS.has(host.split('.')[0] as string),
  parseUrl,
  readPage,
};
