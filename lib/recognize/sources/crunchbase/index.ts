import { fieldValue, firstText, queryFirst, searchRoots, titleBefore, valueAfterLabel } from '../../dom/query';
import { normalizeSlug } from '../../keys';
import type { RecordSignalsInput } from '../../signals/schema';
import { type DirectorySource, NO_RECORD, type UrlRecord } from '../types';

const ORGANIZATION = /^\/organization\/([^/]+)/;

function parseUrl(url: URL): UrlRecord {
  const organization = ORGANIZATION.exec(url.pathname);
  if (organization) return { recordId: null, objectType: 'account', slug: normalizeSlug(organization[1] as string) || null };
  if (url.pathname.startsWith('/person/')) return { recordId: null, objectType: 'contact', slug: null };
  return NO_RECORD;
}

/**
 * The website in the state Crunchbase's app ships with the page, `<script id="ng-state"
 * type="application/json">`, as `"website":{"value":"…"}`: data, not markup, which is how Bright
 * Data's public Crunchbase scraper reads it (luminati-io/crunchbase-scraper,
 * free-crunchbase-scraper/crunchbase-scraper.py, commit d457f43). Read as text, never run.
 */
function websiteFromState(document: Document): string | null {
  const state = document.querySelector('script#ng-state[type="application/json"]')?.textContent ?? '';
  const value = /"website"\s*:\s*\{\s*"value"\s*:\s*"([^"]{1,2000})"/.exec(state)?.[1];
  return value ? value.replace(/\\u002F/gi, '/').replace(/\\\//g, '/') : null;
}

function readPage(document: Document): RecordSignalsInput {
  const roots = searchRoots(document);
  const name =
    firstText(roots, ['h1.profile-name', 'profile-header h1', 'h1']) ?? titleBefore(document, [' - Crunchbase', ' | Crunchbase']);
  const website =
    websiteFromState(document) ??
    fieldValue(queryFirst(roots, ['a[aria-label^="Link to"][href^="http"]', 'a.website-link[href^="http"]'])) ??
    // Older and logged-out layouts write the fields as label and value ("Website: fabrikam.io").
    fieldValue(valueAfterLabel(roots, 'dt, th, span.field-label, label-with-info, span', ['Website']));
  return { name, website, relatedAccount: null };
}

/** Crunchbase organization pages (`/organization/<slug>`). */
export const crunchbase: DirectorySource = {
  id: 'crunchbase',
  kind: 'directory',
  matches: ['https://www.crunchbase.com/*'],
  matchHost: (host) => host === 'www.crunchbase.com' || host === 'crunchbase.com',
  parseUrl,
  readPage,
};
