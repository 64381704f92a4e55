import { registrableDomain } from '../keys';
import { isFreeMailDomain } from './free-mail';

/** An email address as mail pages write it: `dana@fabrikam.io`, `Dana Lee <dana@fabrikam.io>`, `mailto:dana@fabrikam.io?subject=…`. */
const ADDRESS = /([a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)/i;

/** The email address in a piece of text or a `mailto:` link, lower-case; null when there is none. */
export function addressIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const found = ADDRESS.exec(text.replace(/^mailto:/i, ''));
  return found ? (found[1] as string).toLowerCase() : null;
}

/** The registrable domain of an address's host (`dana@eu.fabrikam.io` → `fabrikam.io`); null when it has none. */
export function addressDomain(address: string): string | null {
  const at = address.lastIndexOf('@');
  return at < 0 ? null : registrableDomain(address.slice(at + 1));
}

/** A company domain of an address: its registrable domain, unless that is a free-mail provider's. */
export function companyDomainOf(address: string): string | null {
  const domain = addressDomain(address);
  return domain && !isFreeMailDomain(domain) ? domain : null;
}
