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

/** The list ready for matching: each suffix with its leading dot, by the suffix's last two labels (every entry has two or more). */
const PLATFORMS_BY_ENDING = new Map<string, { dotted: string; suffix: string; wildcard: boolean }[]>();
for (const entry of EXTRA_PLATFORM_SUFFIXES) {
  const wildcard = entry.startsWith('*.');
  const suffix = wildcard ? entry.slice(2) : entry;
  const ending = lastTwoLabels(suffix);
  const list = PLATFORMS_BY_ENDING.get(ending) ?? [];
  list.push({ dotted: `.${suffix}`, suffix, wildcard });
  PLATFORMS_BY_ENDING.set(ending, list);
}

function lastTwoLabels(host: string): string {
  const last = host.lastIndexOf('.');
  return last <= 0 ? host : host.slice(host.lastIndexOf('.', last - 1) + 1);
}

/**
 * The tenant domain of a host on one of the platforms above (`help.acme.zendesk.com` → `acme.zendesk.com`),
 * the platform itself for its own `www` site, or undefined when the host is on none of them. Called for
 * every domain of a million-account import: a host on no platform costs one map lookup.
 */
export function platformTenantDomain(host: string): string | null | undefined {
  const candidates = PLATFORMS_BY_ENDING.get(lastTwoLabels(host));
  if (!candidates) return undefined;
  for (const { dotted, suffix, wildcard } of candidates) {
    if (!host.endsWith(dotted)) continue;
    const labels = host.slice(0, -dotted.length).split('.');
    const platformLabels = wildcard ? labels.splice(-1, 1) : [];
    const tenant = labels.pop();
    if (!tenant) return null;
    const platform = [...platformLabels, suffix].join('.');
    return tenant === 'www' ? platform : `${tenant}.${platform}`;
  }
  return undefined;
}
