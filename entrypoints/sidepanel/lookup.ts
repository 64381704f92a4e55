import { registrableDomain } from '@/lib/recognize/keys';
import type { PageLookup } from './store';

// Interim: recognizes the page's registrable domain only; the account cache lookup is wired in
// when lib/db lands (issue 5), and full recognition when lib/recognize does (issue 4).
export const lookupPage: PageLookup = async (url) => {
  const domain = /^https?:/i.test(url) ? registrableDomain(url) : null;
  return { domain, account: null, recognized: domain !== null };
};
