/**
 * How fast a page is recognized in Node: `npx tsx test/bench/recognize-node.ts [accounts] [urls]`.
 * Generates 100,000 accounts (seed 42), indexes them in memory, then recognizes 1,000 mixed page URLs
 * (company sites on subdomains, alias domains, Salesforce / HubSpot / Dynamics / Pipedrive / Zoho records,
 * LinkedIn and Crunchbase pages, and unknown sites) and prints the p50 and p95 time from URL to matched
 * account; the last line is JSON for scripts. The in-browser figure (over Dexie) is the storage benchmark's.
 */
import { createMemoryIndex } from '../../lib/recognize/memory-index';
import { recognize } from '../../lib/recognize/recognize';
import type { Account } from '../../lib/schema/account';
import { generateAccounts } from './generate-accounts';
import { createRandom, type Random } from './seeded-random';

const ACCOUNTS = Number(process.argv[2] ?? 100_000);
const URLS = Number(process.argv[3] ?? 1_000);

type Case = { kind: string; url: string; expected: string | null };

/** One page URL of each kind for an account, or null when the account lacks the field the kind needs. */
const KINDS: Record<string, (account: Account, random: Random) => string | null> = {
  domain: (a, r) =>
    a.domain ? `https://${r.pick(['www', 'careers', 'blog', 'shop.eu'])}.${a.domain}/${r.pick(['', 'about', 'jobs/42'])}` : null,
  alias: (a) => (a.aliases?.[0] ? `https://www.${a.aliases[0]}/` : null),
  'salesforce-lightning': (a) => (a.salesforceId ? `https://acme.lightning.force.com/lightning/r/Account/${a.salesforceId}/view` : null),
  'salesforce-classic-15': (a) => (a.salesforceId ? `https://acme.my.salesforce.com/${a.salesforceId.slice(0, 15)}` : null),
  hubspot: (a) => (a.hubspotId ? `https://app.hubspot.com/contacts/6798828/record/0-2/${a.hubspotId}` : null),
  dynamics: (a) =>
    a.dynamicsId
      ? `https://org.crm4.dynamics.com/main.aspx?etn=account&pagetype=entityrecord&id=%7B${a.dynamicsId.toUpperCase()}%7D`
      : null,
  pipedrive: (a) => (a.pipedriveId ? `https://acme.pipedrive.com/organization/${a.pipedriveId}` : null),
  zoho: (a) => (a.zohoId ? `https://crm.zoho.eu/crm/org20071234/tab/Accounts/${a.zohoId}` : null),
  linkedin: (a) => (a.linkedinSlug ? `https://www.linkedin.com/company/${a.linkedinSlug}/about/` : null),
  crunchbase: (a) => (a.crunchbaseSlug ? `https://www.crunchbase.com/organization/${a.crunchbaseSlug}` : null),
};

/** `count` URLs, kinds in turn, for random accounts; one in ten is a site no account has. */
function mixedUrls(accounts: Account[], count: number, random: Random): Case[] {
  const cases: Case[] = [];
  const kinds = Object.entries(KINDS);
  while (cases.length < count) {
    if (cases.length % 10 === 9) {
      cases.push({ kind: 'unknown', url: `https://www.unknown-${random.hex(8)}.com/`, expected: null });
      continue;
    }
    const [kind, urlOf] = kinds[cases.length % kinds.length] as (typeof kinds)[number];
    const account = random.pick(accounts);
    const url = urlOf(account, random);
    if (url) cases.push({ kind, url, expected: account.id });
  }
  return cases;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}

const generateStart = performance.now();
const accounts = generateAccounts(ACCOUNTS, 42);
const generateMs = performance.now() - generateStart;
const indexStart = performance.now();
const indexCpuStart = process.cpuUsage();
const index = createMemoryIndex(accounts);
const indexMs = performance.now() - indexStart;
const indexCpu = process.cpuUsage(indexCpuStart);
// CPU time as well as wall time: on a busy machine the wall time says more about the neighbours.
const indexCpuMs = (indexCpu.user + indexCpu.system) / 1000;
const cases = mixedUrls(accounts, URLS, createRandom(7));

// Warm the JIT on other URLs first, so the figures are of steady work, not of compilation.
for (const { url } of mixedUrls(accounts, 200, createRandom(99))) await recognize(url, { index });

const times = new Float64Array(cases.length);
let correct = 0;
const wrong: string[] = [];
for (const [i, { url, expected, kind }] of cases.entries()) {
  const started = performance.now();
  const answer = await recognize(url, { index });
  times[i] = performance.now() - started;
  if ((answer.match?.accountId ?? null) === expected) correct++;
  else if (wrong.length < 5) wrong.push(`${kind} ${url} → ${JSON.stringify(answer.match)} (expected ${expected})`);
}
times.sort();
const p50 = percentile(times, 0.5);
const p95 = percentile(times, 0.95);

console.info(
  `generated ${ACCOUNTS.toLocaleString('en')} accounts in ${generateMs.toFixed(0)} ms, indexed in ${indexMs.toFixed(0)} ms (${indexCpuMs.toFixed(0)} ms CPU)`,
);
console.info(
  `recognized ${cases.length.toLocaleString('en')} URLs: p50 ${p50.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms, max ${percentile(times, 1).toFixed(3)} ms`,
);
console.info(`${correct}/${cases.length} matched the expected account${wrong.length ? `; first misses:\n  ${wrong.join('\n  ')}` : ''}`);
console.info(
  JSON.stringify({
    recognizeP50Ms: Number(p50.toFixed(4)),
    recognizeP95Ms: Number(p95.toFixed(4)),
    urls: cases.length,
    accounts: ACCOUNTS,
    correct,
    indexBuildMs: Math.round(indexMs),
    indexBuildCpuMs: Math.round(indexCpuMs),
  }),
);
