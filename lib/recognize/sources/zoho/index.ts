import {
  fieldValue,
  firstText,
  queryAll,
  queryFirst,
  type SearchRoots,
  searchRoots,
  textOf,
  titleBefore,
  valueAfterLabel,
} from '../../dom/query';
import { ownerDomain } from '../../host';
import type { RecordSignalsInput } from '../../signals/schema';
import { numericId, objectTypeOfName } from '../record-ids';
import { type CrmSource, NO_RECORD, type UrlRecord } from '../types';

/** Zoho CRM in each data centre: `crm.zoho.com`, `.eu`, `.in`, `.com.au`, `.jp`, `.ca`, `.sa`, `.com.cn`. */
const HOSTS = [
  'crm.zoho.com',
  'crm.zoho.eu',
  'crm.zoho.in',
  'crm.zoho.com.au',
  'crm.zoho.jp',
  'crm.zoho.ca',
  'crm.zoho.sa',
  'crm.zoho.com.cn',
];
/** Zoho module names; `Potentials` is the API name of Deals. */
const RECORD = /\/crm\/(?:[^/]+\/)?tab\/([A-Za-z]+)\/([^/?#]+)/;
const ENTITY_INFO = /\/crm\/EntityInfo\.do$/i;

function parseUrl(url: URL): UrlRecord {
  // Zoho CRM Plus and some links carry the CRM path after `#`.
  const match = RECORD.exec(url.pathname) ?? RECORD.exec(url.hash);
  if (match) {
    const objectType = moduleType(match[1] as string);
    return objectType ? { recordId: numericId(match[2]), objectType, slug: null } : NO_RECORD;
  }
  if (ENTITY_INFO.test(url.pathname)) {
    const objectType = moduleType(url.searchParams.get('module') ?? '');
    return objectType ? { recordId: numericId(url.searchParams.get('id')), objectType, slug: null } : NO_RECORD;
  }
  return NO_RECORD;
}

/** The object type of a Zoho module; null for Home, Reports and other tabs that hold no records. */
function moduleType(module: string): ReturnType<typeof objectTypeOfName> | null {
  if (['home', 'reports', 'analytics', 'settings', 'feeds', 'documents', 'visits', 'dashboards'].includes(module.toLowerCase()))
    return null;
  return objectTypeOfName(module);
}

/*
 * Selectors from Zoho CRM's own detail-page components (its Lyte "CRUX" library, the templates of
 * `crux-detailpage-header` and `crux-detailpage-sections` as Zoho's web client ships them):
 * - the record's name is in the header's `<span id="recHeader1" class="cxDvRecordHeader1">`, inside
 *   `<div id="recordDetails">`; its value carries `data-zcqa="value_<COLUMN>"` (`value_ACCOUNTNAME`);
 * - each field is a row `.cxDvBcInfoFormRow` of a label `<div class="cxDvInfoFormField"
 *   data-zcqa="dtVw_lbl_<COLUMN>">Website</div>` and, right after it, its value
 *   `<div class="dvValueContainer cxDvInfoValue">` (the value element's own `data-zcqa` is
 *   `value_<display label>`).
 * `data-zcqa` is Zoho's QA-automation hook (the maintained b310-digital/better-hotkeys-for-zoho-crm
 * extension, src/content-script.ts, clicks `a[data-cid=deleteEntity]` and `[data-zcqa=convert]` on the
 * same pages), and the column names (`WEBSITE`, `ACCOUNTID`, `COMPANY`) are Zoho's stable field keys;
 * the label's text ("Website") comes after them, for a layout that renamed nothing but lost the hooks.
 */

/** The value beside a field of the detail page, by the field's column name, else by its label's text. */
function field(roots: SearchRoots, column: string, labels: readonly string[]): Element | null {
  return (
    queryFirst(roots, [`[data-zcqa="dtVw_lbl_${column}"] + .dvValueContainer`, `[data-zcqa="dtVw_lbl_${column}"] + *`]) ??
    valueAfterLabel(roots, '.cxDvInfoFormField', labels)
  );
}

const ACCOUNT_LINK = /\/tab\/Accounts\/(\d+)/;

/** The account a contact or deal names, from its Account Name lookup; a lead's Company. */
function relatedAccount(roots: SearchRoots) {
  const value = field(roots, 'ACCOUNTID', ['Account Name']);
  // Any link to an account record, when the lookup is not labelled (the menu's `/tab/Accounts` list has no id).
  const link =
    value?.querySelector('a[href]') ??
    queryAll(roots, 'a[href*="/tab/Accounts/"]').find((a) => ACCOUNT_LINK.test(a.getAttribute('href') ?? '')) ??
    null;
  if (link) return { id: ACCOUNT_LINK.exec(link.getAttribute('href') ?? '')?.[1] ?? null, name: textOf(link) };
  const name = textOf(value);
  if (name) return { id: null, name };
  const company = fieldValue(field(roots, 'COMPANY', ['Company']));
  return company ? { id: null, name: company } : null;
}

function readPage(document: Document, page: UrlRecord): RecordSignalsInput {
  const roots = searchRoots(document);
  // The document title is the record's name before " - Zoho CRM" when the header is not rendered yet.
  const name =
    firstText(roots, ['#recordDetails #recHeader1', '.cxDvRecordHeader1', '[data-zcqa="value_ACCOUNTNAME"]']) ??
    titleBefore(document, [' - ', ' | ']);
  if (page.objectType !== 'account') return { name, website: null, relatedAccount: relatedAccount(roots) };
  return { name, website: fieldValue(field(roots, 'WEBSITE', ['Website'])), relatedAccount: null };
}

/** Zoho CRM: `/crm/<org>/tab/Accounts/<id>` (Contacts, Leads, Potentials …) in every data centre. */
export const zoho: CrmSource = {
  id: 'zoho',
  kind: 'crm',
  matches: HOSTS.map((host) => `https://${host}/*`),
  matchHost: (host) => HOSTS.includes(host) && ownerDomain(host) === host.slice('crm.'.length),
  parseUrl,
  readPage,
};
