import { fieldValue, firstText, queryFirst, type SearchRoots, searchRoots, textOf, titleBefore } from '../../dom/query';
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

/** The account a contact or deal names, from its Account Name link. */
function relatedAccount(roots: SearchRoots) {
  const link = queryFirst(roots, ['#subvalue_ACCOUNTID a[href]', 'a[href*="/tab/Accounts/"]']);
  const id = /\/tab\/Accounts\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1] ?? null;
  if (link) return { id, name: textOf(link) };
  const company = fieldValue(queryFirst(roots, ['#subvalue_COMPANY']));
  return company ? { id: null, name: company } : null;
}

function readPage(document: Document, page: UrlRecord): RecordSignalsInput {
  const roots = searchRoots(document);
  const name = firstText(roots, ['#headervalue_ACCOUNTNAME', '[id^="headervalue_"]', 'h1']) ?? titleBefore(document, [' - ', ' | ']);
  if (page.objectType !== 'account') return { name, website: null, relatedAccount: relatedAccount(roots) };
  return { name, website: fieldValue(queryFirst(roots, ['#subvalue_WEBSITE'])), relatedAccount: null };
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
