import { getDomain } from 'tldts';

/**
 * Whether `host` is a subdomain of `parent` (`acme.my.salesforce.com` of `my.salesforce.com`), checked on
 * whole labels and on the owner's ICANN registrable domain, so `acme.pipedrive.com.evil.io` is never
 * taken for a Pipedrive host.
 */
export function isSubdomainOf(host: string, parent: string): boolean {
  return host.length > parent.length + 1 && host.endsWith(`.${parent}`) && ownerDomain(host) === ownerDomain(parent);
}

/** Whether `host` is exactly one of `hosts` (compared on the whole name, lower-case). */
export function isOneOf(host: string, hosts: readonly string[]): boolean {
  return hosts.includes(host) && ownerDomain(host) !== null;
}

/** The ICANN registrable domain of a host (who owns the name, private suffixes ignored). */
export function ownerDomain(host: string): string | null {
  return getDomain(host, { allowPrivateDomains: false });
}
