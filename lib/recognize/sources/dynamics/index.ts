import { fieldValue, firstText, queryFirst, type SearchRoots, searchRoots, textOf, titleBefore } from '../../dom/query';
import { ownerDomain } from '../../host';
import type { ObjectType } from '../../recognition';
import type { RecordSignalsInput } from '../../signals/schema';
import { dynamicsGuid, objectTypeOfName } from '../record-ids';
import { type CrmSource, NO_RECORD, type UrlRecord } from '../types';

/** Dynamics 365 org hosts: `<org>.crm.dynamics.com` and the regional `crm2` … `crm21`. */
const ORG_HOST = /^[a-z0-9-]+\.crm\d{0,2}\.dynamics\.com$/;
/** Legacy object type codes (`etc=`) of the four record kinds we know. */
const TYPE_CODES: Record<string, ObjectType> = { '1': 'account', '2': 'contact', '3': 'opportunity', '4': 'lead' };

/** Query parameters of `main.aspx`, including those legacy links nest in `extraqs`. */
function parameters(url: URL): URLSearchParams {
  const params = new URLSearchParams(url.search);
  const extra = params.get('extraqs');
  if (extra) for (const [key, value] of new URLSearchParams(extra)) if (!params.has(key)) params.set(key, value);
  // Some Unified Interface links put the page state after `#`.
  if (url.hash.includes('='))
    for (const [key, value] of new URLSearchParams(url.hash.slice(1))) if (!params.has(key)) params.set(key, value);
  return params;
}

function parseUrl(url: URL): UrlRecord {
  if (!/\/main\.aspx$/i.test(url.pathname) && !/\/form\/page\.aspx$/i.test(url.pathname)) return NO_RECORD;
  const params = parameters(url);
  const entity = params.get('etn');
  const code = params.get('etc');
  const objectType = entity ? objectTypeOfName(entity) : code ? (TYPE_CODES[code] ?? 'other') : null;
  const pageType = params.get('pagetype')?.toLowerCase();
  if (!objectType || (pageType && pageType !== 'entityrecord')) return { recordId: null, objectType, slug: null };
  return { recordId: dynamicsGuid(params.get('id')), objectType, slug: null };
}

const LOOKUP_FIELDS = ['parentcustomerid', 'parentaccountid', 'customerid'];

/*
 * Selectors from Microsoft's own UI automation of the Unified Interface, EasyRepro
 * (microsoft/EasyRepro, Microsoft.Dynamics365.UIAutomation.Api.UCI/DTO/AppElementReference.cs,
 * commit 1935401, 2023-07): the record's header title is `//*[@data-id='header_title']`
 * (Entity_HeaderTitle), a text field's input `.//input[contains(@data-id, '[NAME].fieldControl')]`
 * (Entity_TextFieldValue), a lookup's value `contains(@data-id,
 * '[NAME].fieldControl-LookupResultsDropdown_[NAME]_selected_tag') and @role='link'`
 * (Entity_LookupFieldExistingValue). Fields are found by their schema name in `data-id`, which the
 * Unified Interface keeps across themes and releases.
 */

/** The account a contact (`parentcustomerid`) or opportunity (`parentaccountid`) looks up; a lead's company name. */
function relatedAccount(roots: SearchRoots) {
  for (const fieldName of LOOKUP_FIELDS) {
    const tag = queryFirst(roots, [
      `[data-id*="${fieldName}.fieldControl-LookupResultsDropdown_${fieldName}_selected_tag"][role="link"]`,
      `[data-id="${fieldName}.fieldControl-LookupResultsDropdown_${fieldName}_selected_tag_text"]`,
    ]);
    if (tag) return { id: null, name: textOf(tag) };
  }
  const company = fieldValue(queryFirst(roots, ['input[data-id*="companyname.fieldControl"]']));
  return company ? { id: null, name: company } : null;
}

function readPage(document: Document, page: UrlRecord): RecordSignalsInput {
  const roots = searchRoots(document);
  // The form's title is "<record name>: <form name> - Dynamics 365" when the header is not rendered yet.
  const name = firstText(roots, ['[data-id="header_title"]']) ?? titleBefore(document, [': ', ' - ']);
  if (page.objectType !== 'account') return { name, website: null, relatedAccount: relatedAccount(roots) };
  const website = fieldValue(queryFirst(roots, ['input[data-id*="websiteurl.fieldControl"]']));
  return { name, website, relatedAccount: null };
}

/** Whether a `main.aspx` address names an entity and a record GUID, as an on-premises record form does. */
function dynamicsOnPremRecord(url: URL): boolean {
  const params = parameters(url);
  return (params.has('etn') || params.has('etc')) && dynamicsGuid(params.get('id')) !== null;
}

/** Dynamics 365 Sales: `main.aspx` record forms (`etn`/`etc`, `appid`, `extraqs` variants). */
export const dynamics: CrmSource = {
  id: 'dynamics',
  kind: 'crm',
  matches: ['https://*.dynamics.com/*'],
  matchHost: (host) => ORG_HOST.test(host) && ownerDomain(host) === 'dynamics.com',
  // On-premises servers (`https://crm.contoso.com/ContosoOrg/main.aspx?etn=account&id=…`) have the
  // customer's own host; the record form's address gives them away: `/<organization>/main.aspx` with an
  // entity and a record GUID (Microsoft Learn, "Open forms, views, dialogs, and reports with a URL").
  // A host that only looks like Dynamics (`…dynamics.com.evil.io`) stays a website. Read from the URL
  // only: no content script runs on a host the extension cannot know in advance.
  matchUrl: (url) =>
    /^\/[^/]+\/main\.aspx$/i.test(url.pathname) && !url.hostname.toLowerCase().includes('dynamics.com') && dynamicsOnPremRecord(url),
  parseUrl,
  readPage,
};
