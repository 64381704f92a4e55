import {
  fieldValue,
  firstText,
  linkAddress,
  queryAll,
  queryFirst,
  searchRoots,
  textOf,
  titleBefore,
  valueAfterLabel,
} from '../../dom/query';
import { ownerDomain } from '../../host';
import { normalizeSlug } from '../../keys';
import type { RecordSignalsInput } from '../../signals/schema';
import { type DirectorySource, NO_RECORD, type UrlRecord } from '../types';

const COMPANY = /^\/(?:company|school|showcase)\/([^/]+)/;
const SALES_NAVIGATOR_COMPANY = /^\/sales\/(?:company|account)\/(\d+)/;
const PERSON = /^\/(?:in|sales\/lead|sales\/people)\/[^/]+/;

/**
 * A company page's key (spec §4): a numeric path (`/company/1441/`, Sales Navigator's
 * `/sales/company/1441`) is LinkedIn's company id, the `recordId` matched against `linkedinId`; any
 * other is the page's `slug`.
 */
function companyRecord(key: string): UrlRecord {
  const slug = normalizeSlug(key);
  if (/^\d+$/.test(slug)) return { recordId: slug, objectType: 'account', slug: null };
  return { recordId: null, objectType: 'account', slug: slug || null };
}

function parseUrl(url: URL): UrlRecord {
  const company = COMPANY.exec(url.pathname) ?? SALES_NAVIGATOR_COMPANY.exec(url.pathname);
  if (company) return companyRecord(company[1] as string);
  if (PERSON.test(url.pathname)) return { recordId: null, objectType: 'contact', slug: null };
  return NO_RECORD;
}

/** The company key of a link to a LinkedIn company page (`/company/fabrikam/`, `/company/1441/`), or null. */
function companyKey(link: Element): string | null {
  const address = linkAddress(link) ?? link.getAttribute('href') ?? '';
  const match = /\/(?:company|school|showcase|sales\/company)\/([^/?#]+)/.exec(address);
  return match ? normalizeSlug(decodeURIComponent(match[1] as string)) || null : null;
}

/**
 * A person page's current employer: the first link to a company page in the profile's top card
 * (`main section` first), else anywhere in the main content. Links are read by where they lead, which
 * survives LinkedIn's redesigns, rather than by class names; the company's name is the link's text or
 * its logo's `alt` ("Fabrikam Software logo").
 */
function currentEmployer(roots: ReturnType<typeof searchRoots>) {
  for (const link of queryAll(roots, 'main section a[href*="/company/"], main a[href*="/company/"], a[href*="/sales/company/"]', 40)) {
    const key = companyKey(link);
    if (!key) continue;
    const alt = link
      .querySelector('img[alt]')
      ?.getAttribute('alt')
      ?.replace(/\s+logo$/i, '');
    const name = textOf(link) ?? (alt?.trim() || null);
    return { id: key, name: name ?? key };
  }
  return null;
}

function readPage(document: Document, page: UrlRecord): RecordSignalsInput {
  const roots = searchRoots(document);
  if (page.objectType === 'contact') {
    const person = firstText(roots, ['main h1', 'h1']) ?? titleBefore(document, [' | LinkedIn']);
    return { name: person, website: null, relatedAccount: currentEmployer(roots) };
  }
  // The signed-out page (as metascraper's captured one: microlinkhq/metascraper,
  // packages/metascraper/test/integration/linkedin-company/input.html) names it in
  // `h1.top-card-layout__title` and marks the About rows `data-test-id="about-us__website"`.
  const name =
    firstText(roots, [
      'h1.org-top-card-summary__title',
      '.org-top-card-summary__title',
      'h1.top-card-layout__title',
      '[data-anonymize="company-name"]',
      'h1',
    ]) ?? titleBefore(document, [' | LinkedIn', ': ']);
  // The Website link of the About section, by its test hook or its label; LinkedIn wraps it in
  // /redir/redirect?url=… (fieldValue unwraps it).
  const website = fieldValue(queryFirst(roots, ['[data-test-id="about-us__website"] dd']) ?? valueAfterLabel(roots, 'dt, h3', ['Website']));
  return { name, website, relatedAccount: null };
}

/** LinkedIn company pages (`/company/<slug>`, schools, showcases) and Sales Navigator accounts (`/sales/company/<id>`). */
export const linkedin: DirectorySource = {
  id: 'linkedin',
  kind: 'directory',
  // Every host of linkedin.com: `www`, the regional `uk.`, `de.`, `fr.` … (spec §4).
  matches: ['https://*.linkedin.com/*'],
  matchHost: (host) => host === 'linkedin.com' || (host.endsWith('.linkedin.com') && ownerDomain(host) === 'linkedin.com'),
  parseUrl,
  readPage,
};
