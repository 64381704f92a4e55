import { firstText, queryAll, queryFirst, type SearchRoots, searchRoots, textOf, titleBefore, valueAfterLabel } from '../../dom/query';
import { isOneOf, isSubdomainOf } from '../../host';
import type { RecordSignalsInput } from '../../signals/schema';
import { isSalesforceId, knownSalesforcePrefix, objectTypeOfName, salesforceObjectType } from '../record-ids';
import { type CrmSource, NO_RECORD, type UrlRecord } from '../types';

/** Salesforce app hosts: Lightning, Classic and sandboxes (`acme--dev.sandbox.…`), Visualforce, setup. */
const APP_SUFFIXES = [
  'lightning.force.com',
  'my.salesforce.com',
  'my.salesforce-setup.com',
  'visual.force.com',
  'vf.force.com',
  'visualforce.com',
  'cloudforce.com',
];
const LOGIN_HOSTS = ['login.salesforce.com', 'test.salesforce.com'];
/** Classic instance hosts from before My Domain (`na1.salesforce.com`, `cs42.salesforce.com`). */
const INSTANCE_HOST = /^(?:na|eu|ap|cs|um|gs|usa|can|aus|ind|jpn|fra|deu)\d+\.salesforce\.com$/;

const ID = '[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?';
const LIGHTNING_RECORD = new RegExp(`^/lightning/r/(?:([A-Za-z0-9_]+)/)?(${ID})(?:/|$)`);
const LIGHTNING_OBJECT = /^\/lightning\/o\/([A-Za-z0-9_]+)(?:\/|$)/;
const ONE_APP_RECORD = new RegExp(`^#/sObject/(${ID})(?:/|$)`);
const ONE_APP_OBJECT = /^#\/sObject\/([A-Za-z0-9_]+)\/(?:home|list)/;
const CLASSIC_RECORD = new RegExp(`^/(${ID})(?:/[a-z]?)?$`);
const CLASSIC_LIST = /^\/([a-zA-Z0-9]{3})(?:\/[ol])?\/?$/;

function record(id: string, objectName?: string): UrlRecord {
  const named = objectName ? objectTypeOfName(objectName) : 'other';
  return { recordId: id, objectType: named !== 'other' ? named : salesforceObjectType(id), slug: null };
}

function parseUrl(url: URL): UrlRecord {
  const path = url.pathname;
  const lightning = LIGHTNING_RECORD.exec(path);
  if (lightning && isSalesforceId(lightning[2])) return record(lightning[2], lightning[1]);
  const objectPage = LIGHTNING_OBJECT.exec(path);
  if (objectPage) return { recordId: null, objectType: objectTypeOfName(objectPage[1] as string), slug: null };
  if (path.startsWith('/lightning/')) return NO_RECORD; // home, setup, apps, utility pages
  const oneApp = ONE_APP_RECORD.exec(url.hash);
  if (oneApp && isSalesforceId(oneApp[1])) return record(oneApp[1]);
  const oneAppObject = ONE_APP_OBJECT.exec(url.hash);
  if (oneAppObject) return { recordId: null, objectType: objectTypeOfName(oneAppObject[1] as string), slug: null };
  // Visualforce pages and Classic detail pages name their record with `?id=`.
  const idParam = url.searchParams.get('id');
  if (isSalesforceId(idParam)) return record(idParam);
  const classic = CLASSIC_RECORD.exec(path);
  if (classic && isSalesforceId(classic[1])) return record(classic[1]);
  const classicList = CLASSIC_LIST.exec(path);
  const listType = classicList ? knownSalesforcePrefix(classicList[1] as string) : null;
  if (listType) return { recordId: null, objectType: listType, slug: null };
  return NO_RECORD;
}

/** The Salesforce id a link to a record points to (`/lightning/r/Account/001…/view`, `/001…`). */
function linkedRecordId(link: Element | null): string | null {
  const href = link?.getAttribute('href') ?? '';
  const id =
    /\/lightning\/r\/(?:[A-Za-z0-9_]+\/)?([a-zA-Z0-9]{15,18})\b/.exec(href)?.[1] ?? /^\/([a-zA-Z0-9]{15,18})(?:[/?#]|$)/.exec(href)?.[1];
  return isSalesforceId(id) ? id : null;
}

/** A Lightning (`records-record-layout-item[field-label]`) or Classic (label cell, data cell) field. */
function field(roots: SearchRoots, labels: readonly string[]): Element | null {
  for (const label of labels) {
    const lightning = queryAll(roots, `[field-label="${label}"]`, 1)[0];
    if (lightning) return lightning.querySelector('[slot="outputField"], .slds-form-element__static, dd') ?? lightning;
  }
  return valueAfterLabel(roots, 'td.labelCol, th.labelCol, .slds-form-element__label, dt', labels);
}

/**
 * Lightning names the record in the document title, "Fabrikam Software | Account | Salesforce": the
 * signal that survives redesigns, read first. The page header and field markup below are the Lightning
 * Design System's (salesforce-ux/design-system: the Page Header blueprint's `slds-page-header__title`,
 * the Form Element blueprint's `slds-form-element__label` and `slds-form-element__static`) and the
 * record page's base components (`records-highlights2`, `records-record-layout-item[field-label]`), then
 * Classic's label and data cells.
 */
function recordName(document: Document): string | null {
  const title = document.title?.replace(/\s+/g, ' ').trim() ?? '';
  return / \| [^|]+ \| Salesforce$/.test(title) ? titleBefore(document, [' | ']) : null;
}

function readPage(document: Document, page: UrlRecord): RecordSignalsInput {
  const roots = searchRoots(document);
  const name =
    recordName(document) ??
    firstText(roots, [
      'records-highlights2 h1 [slot="primaryField"]',
      'records-highlights2 h1 lightning-formatted-text',
      '.slds-page-header__title [slot="primaryField"]',
      'h1 .uiOutputText',
      'h2.pageDescription',
    ]) ??
    titleBefore(document, [' | ', ' ~ ']);
  const websiteField = page.objectType === 'account' ? field(roots, ['Website']) : null;
  const website = websiteField ? (websiteField.querySelector('a[href]')?.getAttribute('href') ?? textOf(websiteField)) : null;
  return { name, website, relatedAccount: page.objectType === 'account' ? null : relatedAccount(roots) };
}

/** The account a contact or opportunity links to; a lead's company as typed (leads have no account yet). */
function relatedAccount(roots: SearchRoots) {
  const accountField = field(roots, ['Account Name', 'Account']);
  const link = accountField?.querySelector('a[href]') ?? queryFirst(roots, ['records-highlights2 a[href*="/lightning/r/001"]']);
  if (link) return { id: linkedRecordId(link), name: textOf(link) };
  const company = field(roots, ['Company']);
  return company ? { id: null, name: textOf(company) } : null;
}

/** Salesforce: Lightning, Classic, Visualforce and sandbox hosts; `*.my.site.com` communities are websites. */
export const salesforce: CrmSource = {
  id: 'salesforce',
  kind: 'crm',
  matches: [
    'https://*.lightning.force.com/*',
    'https://*.my.salesforce.com/*',
    'https://*.visual.force.com/*',
    'https://*.vf.force.com/*',
    'https://*.visualforce.com/*',
    'https://*.cloudforce.com/*',
  ],
  matchHost: (host) => APP_SUFFIXES.some((suffix) => isSubdomainOf(host, suffix)) || isOneOf(host, LOGIN_HOSTS) || INSTANCE_HOST.test(host),
  parseUrl,
  readPage,
};
