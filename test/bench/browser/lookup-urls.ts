import type { Account } from '../../../lib/schema/account';
import { createRandom } from '../seeded-random';

/** A page URL a rep opens, and the account it should be recognized as (null: a company not in the cache). */
export type LookupCase = { url: string; expected: string | null; kind: string };

type Maker = { kind: string; share: number; make(account: Account, i: number): string | null };

/** The mix of pages: company sites by domain and alias, CRM records, directory profiles, and unknown companies. */
const MAKERS: Maker[] = [
  { kind: 'domain', share: 0.3, make: (a, i) => (a.domain ? `https://${i % 2 ? 'www.' : ''}${a.domain}/${i % 3 ? 'pricing' : ''}` : null) },
  { kind: 'alias', share: 0.1, make: (a) => (a.aliases?.[0] ? `https://www.${a.aliases[0]}/about` : null) },
  {
    kind: 'salesforce',
    share: 0.15,
    make: (a) => (a.salesforceId ? `https://acme.lightning.force.com/lightning/r/Account/${a.salesforceId}/view` : null),
  },
  { kind: 'hubspot', share: 0.1, make: (a) => (a.hubspotId ? `https://app.hubspot.com/contacts/6798828/record/0-2/${a.hubspotId}` : null) },
  { kind: 'pipedrive', share: 0.05, make: (a) => (a.pipedriveId ? `https://acme.pipedrive.com/organization/${a.pipedriveId}` : null) },
  { kind: 'linkedin', share: 0.1, make: (a) => (a.linkedinSlug ? `https://www.linkedin.com/company/${a.linkedinSlug}/` : null) },
  {
    kind: 'crunchbase',
    share: 0.1,
    make: (a) => (a.crunchbaseSlug ? `https://www.crunchbase.com/organization/${a.crunchbaseSlug}` : null),
  },
];
const UNKNOWN_SHARE = 0.1;

/** `count` lookups over the accounts, the same for the same seed: each maker's share, then unknown companies. */
export function lookupCases(accounts: readonly Account[], count: number, seed: number): LookupCase[] {
  const random = createRandom(seed);
  const cases: LookupCase[] = [];
  for (const maker of MAKERS) {
    const wanted = Math.round(count * maker.share);
    for (let tries = 0, made = 0; made < wanted && tries < wanted * 50; tries++) {
      const account = accounts[random.int(accounts.length)] as Account;
      const url = maker.make(account, made);
      if (url === null) continue;
      cases.push({ url, expected: account.id, kind: maker.kind });
      made++;
    }
  }
  for (let i = 0; cases.length < count && i < count * UNKNOWN_SHARE + count; i++) {
    cases.push({ url: `https://www.unknown-company-${random.int(1_000_000)}.com/`, expected: null, kind: 'unknown' });
  }
  // Interleave the kinds, as a rep's browsing would.
  for (let i = cases.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [cases[i], cases[j]] = [cases[j] as LookupCase, cases[i] as LookupCase];
  }
  return cases.slice(0, count);
}
