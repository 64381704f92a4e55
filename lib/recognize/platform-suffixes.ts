/**
 * Hosting platforms whose tenants are companies of their own (`acme.zendesk.com` is Acme's help centre, not
 * Zendesk) but which the Public Suffix List lacks. `*.` stands for one label between tenant and platform
 * (`acme.wd5.myworkdayjobs.com`). Longer suffixes come before the shorter ones they end with.
 */
export const EXTRA_PLATFORM_SUFFIXES = [
  // Named by spec §4.
  'my.site.com',
  'substack.com',
  'wordpress.com',
  'hs-sites.com',
  // Salesforce Sites and Experience Cloud (the CRM's own hosts are recognized before this list is consulted).
  'my.salesforce-sites.com',
  'secure.force.com',
  'force.com',
  // Site builders, blogs and shops.
  'squarespace.com',
  'hubspotpagebuilder.com',
  'weebly.com',
  'tumblr.com',
  'ghost.io',
  'business.site',
  'odoo.com',
  'bigcartel.com',
  // Help centres, docs and status pages.
  'zendesk.com',
  'freshdesk.com',
  'helpscoutdocs.com',
  'intercom.help',
  'readme.io',
  'statuspage.io',
  'atlassian.net',
  // Career sites.
  '*.myworkdayjobs.com',
  'jobs.personio.de',
  'personio.de',
  'teamtailor.com',
  'recruitee.com',
  'breezy.hr',
  'bamboohr.com',
  'applytojob.com',
];

/**
 * The tenant domain of a host on one of the platforms above (`help.acme.zendesk.com` → `acme.zendesk.com`),
 * the platform itself for its own `www` site, or undefined when the host is on none of them.
 */
export function platformTenantDomain(host: string): string | null | undefined {
  for (const entry of EXTRA_PLATFORM_SUFFIXES) {
    const wildcard = entry.startsWith('*.');
    const suffix = wildcard ? entry.slice(2) : entry;
    if (!host.endsWith(`.${suffix}`)) continue;
    const labels = host.slice(0, -suffix.length - 1).split('.');
    const platformLabels = wildcard ? labels.splice(-1, 1) : [];
    const tenant = labels.pop();
    if (!tenant) return null;
    const platform = [...platformLabels, suffix].join('.');
    return tenant === 'www' ? platform : `${tenant}.${platform}`;
  }
  return undefined;
}
