import { fieldValue, firstText, searchRoots, titleBefore, valueAfterLabel } from '../../dom/query';
import { normalizeSlug } from '../../keys';
import type { RecordSignalsInput } from '../../signals/schema';
import { type DirectorySource, NO_RECORD, type UrlRecord } from '../types';

const COMPANY = /^\/(?:company|school|showcase)\/([^/]+)/;
const SALES_NAVIGATOR_COMPANY = /^\/sales\/company\/(\d+)/;
const PERSON = /^\/(?:in|sales\/lead|sales\/people)\/[^/]+/;

function parseUrl(url: URL): UrlRecord {
  const company = COMPANY.exec(url.pathname) ?? SALES_NAVIGATOR_COMPANY.exec(url.pathname);
  if (company) return { recordId: null, objectType: 'account', slug: normalizeSlug(company[1] as string) || null };
  if (PERSON.test(url.pathname)) return { recordId: null, objectType: 'contact', slug: null };
  return NO_RECORD;
}

function readPage(document: Document): RecordSignalsInput {
  const roots = searchRoots(document);
  const name =
    firstText(roots, ['h1.org-top-card-summary__title', '.org-top-card-summary__title', '[data-anonymize="company-name"]', 'h1']) ??
    titleBefore(document, [' | LinkedIn', ': ']);
  const website = fieldValue(valueAfterLabel(roots, 'dt, h3', ['Website']));
  return { name, website, relatedAccount: null };
}

/** LinkedIn company pages (`/company/<slug>`, schools, showcases) and Sales Navigator accounts (`/sales/company/<id>`). */
export const linkedin: DirectorySource = {
  id: 'linkedin',
  kind: 'directory',
  matches: ['https://www.linkedin.com/*'],
  matchHost: (host) => host === 'www.linkedin.com' || host === 'linkedin.com',
  parseUrl,
  readPage,
};
