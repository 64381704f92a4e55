import type { Account, CustomerType } from '../../lib/schema/account';
import { salesforceId18 } from './salesforce-id';
import { createRandom, type Random } from './seeded-random';

const PREFIXES = (
  'Northwind Contoso Fabrikam Tailspin Woodgrove Litware Proseware Adventure Coho Alpine Humongous Relecloud Trey Lucerne Wingtip ' +
  'Bellows Datum Lamna Munson Southridge Tasmanian Consolidated Phoenix Summit Pioneer Evergreen Granite Harbor Ironwood Juniper ' +
  'Keystone Lakeside Meridian Northstar Oakridge Pinnacle Quantum Redwood Silverline Trident Unity Vertex Westfield Zenith Apex ' +
  'Beacon Cascade Delta Ember Falcon Glacier Horizon Insight Jade Kestrel Lumen Mosaic Nimbus Orion Prism Quarry Ridge Sequoia'
).split(' ');
const NOUNS = (
  'Systems Labs Analytics Cloud Software Networks Robotics Dynamics Logistics Foods Outfitters Markets Health Energy Media Capital ' +
  'Bank Insurance Motors Foundry Telecom Travel Airlines Learning Pharma Biotech Retail Brands Security Data Devices Works ' +
  'Industries Partners Ventures Studios Materials Farms Wireless Payments Lending Properties Semiconductors Apparel Games Freight'
).split(' ');
const QUALIFIERS =
  ' Group|Holdings|International|Global|North America|Europe|Solutions|Technologies|Services|Worldwide|Digital|Enterprises'.split('|');
const LEGAL = ['Inc', 'Inc.', 'LLC', 'Ltd', 'GmbH', 'AG', 'S.A.', 'SAS', 'B.V.', 'Oy', 'AB', 'K.K.', 'Pty Ltd', 'Corp.', 'plc', ''];
const TLDS = ['com', 'com', 'com', 'com', 'io', 'co', 'net', 'de', 'co.uk', 'fr', 'ai', 'nl', 'com.au', 'ca', 'ru', 'com.cn'];
const INDUSTRIES = (
  'Software|IT Services|Financial Services|Retail|Manufacturing|Healthcare|Education|Media|Transportation|Travel|Energy|' +
  'Telecommunications|Real Estate|Government|Insurance|Pharmaceuticals'
).split('|');
const PLACES: [country: string, region: string | undefined, city: string][] = [
  ['US', 'CA', 'San Francisco'],
  ['US', 'NY', 'New York'],
  ['US', 'WA', 'Seattle'],
  ['US', 'TX', 'Austin'],
  ['US', 'MA', 'Boston'],
  ['US', 'IL', 'Chicago'],
  ['GB', undefined, 'London'],
  ['DE', 'BE', 'Berlin'],
  ['DE', 'BY', 'München'],
  ['FR', undefined, 'Paris'],
  ['NL', undefined, 'Amsterdam'],
  ['CA', 'ON', 'Toronto'],
  ['AU', 'NSW', 'Sydney'],
  ['JP', undefined, 'Tokyo'],
  ['RU', undefined, 'Москва'],
  ['CN', undefined, '北京'],
];
const STAGES = ['unaware', 'aware', 'engaged', 'mql', 'opportunity'];
const TOPICS = [
  'account-based marketing',
  'sales intelligence',
  'crm',
  'data enrichment',
  'intent data',
  'marketing automation',
  'revops',
  'abm',
];
const PRODUCTS = ['Product A', 'Product B', 'Product C'];
const TECH = ['Salesforce', 'HubSpot', 'Snowflake', 'AWS', 'Azure', 'GCP', 'SAP', 'Oracle', 'Shopify', 'Zendesk', 'Marketo', 'Bitrix24'];
const CYRILLIC = ['Ромашка', 'Вектор', 'Спектр', 'Гранит', 'Северсталь', 'Техносила'];
const CHINESE = ['云图', '华信', '天成', '星辰', '恒通', '博远'];

const DAY_MS = 86_400_000;
const BASE_DAY = Date.UTC(2026, 10, 23);

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** The last 365 days before 2026-11-23 as ISO dates, made once rather than per account. */
const DAYS = Array.from({ length: 365 }, (_, d) => new Date(BASE_DAY - d * DAY_MS).toISOString().slice(0, 10));
const withSlugs = (list: string[]) => list.map((text) => ({ text, slug: slug(text) }));
const PREFIX_WORDS = withSlugs(PREFIXES);
const NOUN_WORDS = withSlugs(NOUNS);
const QUALIFIER_WORDS = withSlugs(QUALIFIERS);
const COMBINATIONS = PREFIXES.length * NOUNS.length * QUALIFIERS.length;

function pickSome<T>(random: Random, list: readonly T[], max: number): T[] {
  const out: T[] = [];
  for (let n = 1 + random.int(max); n > 0; n--) {
    const item = random.pick(list);
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

/** The company name, domain stem and profile slug of account `i`: unique for every i (a number is added past the combinations). */
function companyOf(i: number, random: Random): { name: string; stem: string; slugName: string } {
  const k = i % COMBINATIONS;
  const generation = Math.floor(i / COMBINATIONS);
  const prefix = PREFIX_WORDS[k % PREFIXES.length]!;
  const noun = NOUN_WORDS[Math.floor(k / PREFIXES.length) % NOUNS.length]!;
  const qualifier = QUALIFIER_WORDS[Math.floor(k / (PREFIXES.length * NOUNS.length))]!;
  const number = generation > 0 ? ` ${generation + 1}` : '';
  const base = `${prefix.text} ${noun.text} ${qualifier.text}${number}`;
  const slugName = `${prefix.slug}-${noun.slug}-${qualifier.slug}${generation > 0 ? `-${generation + 1}` : ''}`;
  const stem = `${prefix.slug}${noun.slug}${qualifier.slug}${generation > 0 ? generation + 1 : ''}`.replaceAll('-', '');
  const roll = random.next();
  if (roll < 0.02) return { name: `ООО «${random.pick(CYRILLIC)} ${base}»`, stem, slugName };
  if (roll < 0.04) return { name: `北京${random.pick(CHINESE)}${base}科技有限公司`, stem, slugName };
  const legal = random.pick(LEGAL);
  return { name: legal ? `${base} ${legal}` : base, stem, slugName };
}

function customerTypeOf(random: Random): CustomerType | undefined {
  const roll = random.next();
  if (roll < 0.6) return 'prospect';
  if (roll < 0.8) return 'customer';
  if (roll < 0.85) return 'partner';
  if (roll < 0.95) return 'former-customer';
  return undefined;
}

/**
 * One realistic account: gaps where CRM exports have them, values that hang together (revenue follows headcount).
 * Every account has every key, absent values being undefined: one object shape keeps 100,000 accounts fast to build
 * and read. Values are drawn in a fixed order, so a seed always gives the same accounts.
 */
function accountAt(i: number, random: Random): Account {
  const { name, stem, slugName } = companyOf(i, random);
  const tld = TLDS[i % TLDS.length] as string;
  const customerType = customerTypeOf(random);
  const employees = random.chance(0.9) ? Math.round(Math.exp(Math.log(5) + random.next() * Math.log(40_000))) : undefined;
  const [country, region, city] = random.pick(PLACES);
  const team = (employees ?? 0) >= 1000 ? 'ka' : 'mm';
  const owned = customerType === 'customer' || customerType === 'former-customer';
  return {
    id: `ACC-${pad(i + 1, 7)}`,
    name,
    domain: `${stem}.${tld}`,
    aliases: random.chance(0.2) ? [random.chance(0.5) ? `${stem}.${tld === 'com' ? 'net' : 'com'}` : `get${stem}.com`] : undefined,
    industry: random.chance(0.95) ? random.pick(INDUSTRIES) : undefined,
    employees,
    annualRevenue:
      employees === undefined
        ? undefined
        : random.chance(0.85)
          ? Math.round((employees * (50 + random.int(350))) / 10) * 10_000
          : undefined,
    country,
    region: region === undefined ? undefined : random.chance(0.8) ? region : undefined,
    city: random.chance(0.9) ? city : undefined,
    customerType,
    journeyStage: customerType === 'customer' ? 'customer' : random.pick(STAGES),
    qualificationScore: random.chance(0.85) ? random.int(101) : undefined,
    intentScore: random.chance(0.7) ? random.int(101) : undefined,
    engagementScore: random.chance(0.7) ? random.int(101) : undefined,
    intentTopics: random.chance(0.4) ? pickSome(random, TOPICS, 3) : undefined,
    productsOwned: owned ? pickSome(random, PRODUCTS, 2) : undefined,
    techStack: random.chance(0.6) ? pickSome(random, TECH, 4) : undefined,
    pageViews90d: random.chance(0.75) ? Math.floor(-Math.log(1 - random.next()) * 8) : undefined,
    lastVisitAt: random.chance(0.7) ? random.pick(DAYS) : undefined,
    ownerId: `rep-${team}-${1 + random.int(5)}`,
    team,
    onTal: random.chance(0.15),
    salesforceId: random.chance(0.9) ? salesforceId18(`001Dn0${pad(i, 9)}`) : undefined,
    hubspotId: random.chance(0.7) ? String(5_000_000_000 + i * 7) : undefined,
    dynamicsId: random.chance(0.4)
      ? `${(i + 1).toString(16).padStart(8, '0')}-${random.hex(4)}-4${random.hex(3)}-a${random.hex(3)}-${random.hex(12)}`
      : undefined,
    pipedriveId: random.chance(0.4) ? String(100_000 + i) : undefined,
    zohoId: random.chance(0.4) ? `48768760${pad(i, 11)}` : undefined,
    linkedinSlug: random.chance(0.85) ? slugName : undefined,
    crunchbaseSlug: random.chance(0.6) ? slugName : undefined,
    custom: { serves: random.chance(0.6) ? 'businesses' : 'consumers' },
  };
}

/**
 * `count` realistic accounts, the same ones for the same seed: unique ids, names, domains and CRM ids,
 * with the gaps of a real CRM export. Shared by the benchmarks; 100,000 take a few hundred milliseconds.
 */
export function generateAccounts(count: number, seed: number): Account[] {
  const random = createRandom(seed);
  const accounts = new Array<Account>(count);
  for (let i = 0; i < count; i++) accounts[i] = accountAt(i, random);
  return accounts;
}
