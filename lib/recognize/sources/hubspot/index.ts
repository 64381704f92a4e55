import { fieldValue, firstText, queryAll, queryFirst, type SearchRoots, searchRoots, textOf, titleBefore } from '../../dom/query';
import { ownerDomain } from '../../host';
import type { ObjectType } from '../../recognition';
import type { RecordSignalsInput } from '../../signals/schema';
import { numericId, objectTypeOfName } from '../record-ids';
import { type CrmSource, NO_RECORD, type UrlRecord } from '../types';

/** The app host of each HubSpot data centre: `app.hubspot.com`, `app-eu1.hubspot.com`, `app-na2.hubspot.com` … */
const APP_HOST = /^app(?:-[a-z]{2}\d{1,2})?\.hubspot\.com$/;
/** HubSpot's object type ids: 0-1 contact, 0-2 company, 0-3 deal (0-5 ticket and custom objects are `other`). */
const OBJECT_TYPE_IDS: Record<string, ObjectType> = { '0-1': 'contact', '0-2': 'account', '0-3': 'opportunity' };

const RECORD = /^\/contacts\/\d+\/record\/([0-9]+-[0-9]+)\/(\d+)(?:\/|$)/;
const LEGACY_RECORD = /^\/contacts\/\d+\/(company|contact|deal)\/(\d+)(?:\/|$)/;
const OBJECT_LIST = /^\/contacts\/\d+\/objects\/([0-9]+-[0-9]+)(?:\/|$)/;
const LEGACY_LIST = /^\/contacts\/\d+\/(companies|contacts|deals)(?:\/|$)/;

function parseUrl(url: URL): UrlRecord {
  const path = url.pathname;
  const current = RECORD.exec(path);
  if (current) return { recordId: numericId(current[2]), objectType: OBJECT_TYPE_IDS[current[1] as string] ?? 'other', slug: null };
  const legacy = LEGACY_RECORD.exec(path);
  if (legacy) return { recordId: numericId(legacy[2]), objectType: objectTypeOfName(legacy[1] as string), slug: null };
  const list = OBJECT_LIST.exec(path);
  if (list) return { recordId: null, objectType: OBJECT_TYPE_IDS[list[1] as string] ?? 'other', slug: null };
  const legacyList = LEGACY_LIST.exec(path);
  if (legacyList) return { recordId: null, objectType: objectTypeOfName(legacyList[1] as string), slug: null };
  return NO_RECORD;
}

/** The company a contact or deal is associated with, from the first link to a company record on the page. */
/*
 * HubSpot's record pages, as two maintained time-tracking extensions read them: Clockify
 * (clockify/browser-extension, src/integrations/hubspot.js, commit 041b055) takes the record's name
 * from `[data-selenium-test="highlightTitle"]` and its company from
 * `[data-selenium-test="company-chicklet-title-link"]`, else the company association card
 * `[data-selenium-test="card-id-ASSOCIATION_TABLE/0-2"] td:first-child a`; Toggl Track
 * (toggl/track-extension, src/content/hubspot.js, commit 031c0ec) the header
 * `div[data-selenium-test$="-highlight-details"] h3`. The record id comes from the URL first.
 */

/** The company a contact or deal is associated with: its chicklet, its association card, else any link to a company record. */
function relatedCompany(roots: SearchRoots) {
  const link = queryFirst(roots, [
    'a[data-selenium-test="company-chicklet-title-link"]',
    '[data-selenium-test="company-chicklet-title-link"] a',
    '[data-selenium-test="card-id-ASSOCIATION_TABLE/0-2"] td:first-child a',
    'a[href*="/record/0-2/"]',
    'a[href*="/company/"]',
  ]);
  const id = /\/(?:record\/0-2|company)\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1] ?? null;
  if (link && id) return { id, name: textOf(link) };
  const chicklet = queryFirst(roots, ['[data-selenium-test="company-chicklet-title-link"]']);
  return chicklet ? { id: null, name: textOf(chicklet) } : null;
}

function readPage(document: Document, page: UrlRecord): RecordSignalsInput {
  const roots = searchRoots(document);
  const name =
    firstText(roots, [
      '[data-selenium-test="highlightTitle"]',
      'div[data-selenium-test$="-highlight-details"] h3',
      '[data-test-id="record-title"]',
      'h1',
    ]) ?? titleBefore(document, [' | ', ' - ']);
  if (page.objectType !== 'account') return { name, website: null, relatedAccount: relatedCompany(roots) };
  const domainInput = queryFirst(roots, [
    '[data-selenium-test="property-input-domain"]',
    '[data-selenium-test="property-input-website"]',
    '[data-selenium-test="highlight-domain"]',
  ]);
  const domainLink = queryAll(roots, '[data-selenium-test="highlightTitle"] ~ * a[href^="http"]', 1)[0] ?? null;
  return { name, website: fieldValue(domainInput) ?? fieldValue(domainLink), relatedAccount: null };
}

/** HubSpot CRM: records of every data centre, current (`/record/0-2/<id>`) and legacy (`/company/<id>`) URLs. */
export const hubspot: CrmSource = {
  id: 'hubspot',
  kind: 'crm',
  matches: [
    'https://app.hubspot.com/*',
    'https://app-eu1.hubspot.com/*',
    'https://app-na2.hubspot.com/*',
    'https://app-na3.hubspot.com/*',
    'https://app-ap1.hubspot.com/*',
  ],
  matchHost: (host) => APP_HOST.test(host) && ownerDomain(host) === 'hubspot.com',
  parseUrl,
  readPage,
};
