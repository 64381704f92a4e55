import { type ChoiceLookup, choiceKey } from './choices';
import { type AccountIndex, normalizeSlug, registrableDomain } from './keys';
import { addressDomain, companyDomainOf } from './mail/addresses';
import { correspondentOf, threadCompanies } from './mail/correspondent';
import { type AccountMatches, matchAccounts } from './match-accounts';
import { CONTENT_DISCOUNT, companyNames, KIND_CONFIDENCE, type PageLookup, pageLookups } from './page-lookups';
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
  const mail = mailOf(fromUrl, pageSignals);
  const page: PageUrlInfo = {
    ...keyed,
    domain: fromUrl.source === 'website' ? (fromUrl.domain ?? signalledDomain(pageSignals)) : (mail?.domain ?? null),
    objectType: mail?.open ? 'contact' : keyed.objectType,
  };
  const lookups = [...pageLookups(keyed, pageSignals), ...(mail?.lookups ?? [])];
  const { match, candidates } = page.source === 'unsupported' ? NOTHING : await matchAccounts(lookups, index);
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
    ...(mail ? { thread: mail.thread } : {}),
  };
}

/** Confidence of a hit on the company of someone else in the thread: a candidate to pick, never the match on its own. */
const OTHER_THREAD_COMPANY = 0.45;

/**
 * On a mail page with its thread read: the correspondent's company domain (spec §4; null for a free-mail
 * address), the keys to look the thread's companies up by (the correspondent's first, as read from the
 * page; the others only as candidates), and the thread's companies for the panel.
 */
function mailOf(page: PageUrlInfo, signals: PageSignals | null) {
  if (platformById(page.source)?.kind !== 'mail' || !signals?.mail) return null;
  const correspondent = correspondentOf(signals.mail);
  const domain = correspondent ? companyDomainOf(correspondent) : null;
  const companies = threadCompanies(signals.mail);
  const lookups: PageLookup[] = [];
  if (domain) {
    lookups.push({ kind: 'domain', value: domain, confidence: KIND_CONFIDENCE.domain - CONTENT_DISCOUNT });
    lookups.push({ kind: 'alias', value: domain, confidence: KIND_CONFIDENCE.alias - CONTENT_DISCOUNT });
  }
  for (const other of companies) {
    if (other.domain === domain) continue;
    lookups.push({ kind: 'domain', value: other.domain, confidence: OTHER_THREAD_COMPANY });
    lookups.push({ kind: 'alias', value: other.domain, confidence: OTHER_THREAD_COMPANY - 0.05 });
  }
  const personalDomain = correspondent && !domain ? addressDomain(correspondent) : null;
  return { open: signals.mail.messages.length > 0, domain, lookups, thread: { companies, personalDomain } };
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
