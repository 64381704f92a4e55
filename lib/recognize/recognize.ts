import { type ChoiceLookup, choiceKey } from './choices';
import { type AccountIndex, normalizeSlug, registrableDomain } from './keys';
import { type AccountMatches, matchAccounts } from './match-accounts';
import { companyNames, pageLookups } from './page-lookups';
import { parsePageUrl, toUrl } from './parse-page-url';
import type { PageUrlInfo, Recognition } from './recognition';
import type { PageSignals } from './signals/schema';
import { platformById } from './sources';

export type RecognizeOptions = {
  /** Where accounts are looked up (in memory for the `tal` command, Dexie in the extension). */
  index: AccountIndex;
  /** What a content script read on the page; ignored when it was read on another page. */
  signals?: PageSignals | null;
  /** The rep's remembered picks, by `choiceKey()`. */
  choices?: ChoiceLookup;
};

const NOTHING: AccountMatches = { match: null, candidates: [] };

/**
 * Which company a page is about (spec §4): from its URL and, when given, the page's own signals, matched
 * against the account index by CRM id, domain, alias, slug and name, in that order. A choice the rep made
 * for this page earlier comes first. The answer has the keys, in order, of `tal recognize` (spec §5).
 */
export async function recognize(url: string, { index, signals, choices }: RecognizeOptions): Promise<Recognition> {
  const fromUrl = parsePageUrl(url);
  // A domain the page only claims (canonical link, JSON-LD) is shown, but looked up as content, not as the URL.
  const pageSignals = signals && fromUrl.source !== 'unsupported' && isSamePage(signals.url, url) ? signals : null;
  // A person page's key comes from its employer link; the URL's own keys are looked up as the URL's.
  const keyed: PageUrlInfo = { ...fromUrl, ...employerOf(fromUrl, pageSignals) };
  const page: PageUrlInfo = { ...keyed, domain: fromUrl.source === 'website' ? (fromUrl.domain ?? signalledDomain(pageSignals)) : null };
  const { match, candidates } = page.source === 'unsupported' ? NOTHING : await matchAccounts(pageLookups(keyed, pageSignals), index);
  const key = choices ? choiceKey(page) : null;
  const chosen = key && choices ? await choices(key) : null;
  return {
    source: page.source,
    domain: page.domain,
    recordId: page.recordId,
    objectType: page.objectType,
    slug: page.slug,
    name: companyNames(page, pageSignals)[0] ?? null,
    match: chosen ? { accountId: chosen, by: 'choice', confidence: 1 } : match,
    candidates,
  };
}

/**
 * On a directory's person page (LinkedIn `/in/<slug>`), the current employer's company link read from the
 * page gives the page its key (spec §4): a numeric one is the `recordId`, any other the `slug`.
 */
function employerOf(page: PageUrlInfo, signals: PageSignals | null): Pick<PageUrlInfo, 'recordId' | 'slug'> | null {
  const platform = platformById(page.source);
  const key = signals?.record?.relatedAccount?.id;
  if (platform?.kind !== 'directory' || page.objectType !== 'contact' || !key) return null;
  const slug = normalizeSlug(key);
  if (!slug) return null;
  return /^\d+$/.test(slug) ? { recordId: slug, slug: null } : { recordId: null, slug };
}

/** The domain a page gives for itself (canonical link, JSON-LD url) when its own host has none (an IP, localhost). */
function signalledDomain(signals: PageSignals | null): string | null {
  if (!signals) return null;
  for (const url of [signals.canonicalUrl, ...signals.organizations.map((o) => o.url)]) {
    const domain = url ? registrableDomain(url) : null;
    if (domain) return domain;
  }
  return null;
}

/** Whether signals read at `signalsUrl` belong to the page at `url` (the fragment aside). */
function isSamePage(signalsUrl: string, url: string): boolean {
  const a = toUrl(signalsUrl);
  const b = toUrl(url);
  if (!a || !b) return false;
  a.hash = '';
  b.hash = '';
  return a.href === b.href;
}
