import { fieldValue, firstText, queryFirst, type SearchRoots, searchRoots, textOf, titleBefore, valueAfterLabel } from '../../dom/query';
import { isSubdomainOf } from '../../host';
import type { RecordSignalsInput } from '../../signals/schema';
import { numericId, objectTypeOfName } from '../record-ids';
import { type CrmSource, NO_RECORD, type UrlRecord } from '../types';

/**
 * Freshsales (Freshworks CRM) lives on each customer's subdomain of two hosts: the Freshworks suite
 * (`<company>.myfreshworks.com/crm/sales/…`) and the older standalone app (`<company>.freshsales.io/…`).
 */
const SUITE = 'myfreshworks.com';
const STANDALONE = 'freshsales.io';
/** Freshworks' own sites on those domains, not a customer's CRM. */
const NOT_ACCOUNTS = new Set(['www', 'support', 'developers', 'status', 'login', 'accounts']);

/** `/accounts/<id>`, `/contacts/<id>`, `/deals/<id>` (after `/crm/sales` on the suite), and list views. */
const RECORD = /^(?:\/crm\/sales)?\/(accounts|contacts|deals|leads)\/(\d+)(?:[/?#]|$)/;
const LIST = /^(?:\/crm\/sales)?\/(accounts|contacts|deals|leads)(?:\/view\/[^/]+)?\/?$/;

function parseUrl(url: URL): UrlRecord {
  const record = RECORD.exec(url.pathname);
  if (record) return { recordId: numericId(record[2]), objectType: objectTypeOfName(record[1] as string), slug: null };
  const list = LIST.exec(url.pathname);
  if (list) return { recordId: null, objectType: objectTypeOfName(list[1] as string), slug: null };
  return NO_RECORD;
}

/** The account a contact or deal belongs to: the first link to an account record on the page. */
function relatedAccount(roots: SearchRoots) {
  const link = queryFirst(roots, ['a[href*="/accounts/"]']);
  const id = /\/accounts\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1] ?? null;
  return link && id ? { id, name: textOf(link) } : null;
}

// No captured Freshsales page and no maintained public project that reads its markup were found, so
// the reader relies only on what survives redesigns: the record's heading, the document title
// (`<name> | Freshsales`), the visible "Website" label, and links by their URL — never CSS classes.
function readPage(document: Document, page: UrlRecord): RecordSignalsInput {
  const roots = searchRoots(document);
  const name = firstText(roots, ['h1']) ?? titleBefore(document, [' | ', ' - ']);
  if (page.objectType !== 'account') return { name, website: null, relatedAccount: relatedAccount(roots) };
  const website = fieldValue(valueAfterLabel(roots, 'label, dt, th, span', ['Website']));
  return { name, website, relatedAccount: null };
}

const customerHost = (host: string, domain: string) =>
  isSubdomainOf(host, domain) && host.split('.').length === domain.split('.').length + 1 && !NOT_ACCOUNTS.has(host.split('.')[0] as string);

/** Freshsales: `<company>.myfreshworks.com/crm/sales/accounts/<id>`, `<company>.freshsales.io/accounts/<id>`. */
export const freshsales: CrmSource = {
  id: 'freshsales',
  kind: 'crm',
  matches: [`https://*.${SUITE}/crm/*`, `https://*.${STANDALONE}/*`],
  matchHost: (host) => customerHost(host, SUITE) || customerHost(host, STANDALONE),
  parseUrl,
  readPage,
};
