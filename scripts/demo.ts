/**
 * `npm run demo`: opens Chromium with the built extension and its demo data, and serves a fake
 * website for every demo account (no network needed), so the panel can be tried at once.
 * Needs a display; `--headless` runs it without one (for a smoke check).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { parseAccountsText } from '../lib/import';
import { CHROMIUM, extensionLaunchArgs } from './chromium';

const root = path.resolve(import.meta.dirname, '..');
const extension = path.join(root, '.output/chrome-mv3');
const headless = process.argv.includes('--headless');
const { accounts } = parseAccountsText(readFileSync(path.join(root, 'public/demo/accounts.csv'), 'utf8'), 'accounts.csv');
const domains = new Map(accounts.flatMap((a) => [a.domain, ...(a.aliases ?? [])].filter(Boolean).map((d) => [d as string, a.name])));

const context = await chromium.launchPersistentContext('', {
  executablePath: CHROMIUM,
  headless,
  args: extensionLaunchArgs(extension, { headless }),
});
await context.route(/^https?:\/\//, (route) => {
  const host = new URL(route.request().url()).hostname.replace(/^www\./, '');
  const name = domains.get(host);
  if (!name) return route.fulfill({ status: 404, contentType: 'text/plain', body: `Demo: no fake site for ${host}` });
  const body = `<!doctype html><title>${name}</title><meta property="og:site_name" content="${name}"><h1>${name}</h1><p>A demo company website served by TAL Scout's demo script.</p>`;
  return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
const site = await context.newPage();
await site.goto('https://fabrikam.io/');
const panel = await context.newPage();
await panel.goto(`chrome-extension://${id}/sidepanel.html`);
console.info(`TAL Scout ${id} loaded with demo data. Demo sites: ${[...domains.keys()].slice(0, 6).join(', ')}, …`);
console.info('Click the TAL Scout icon to open the side panel, or use the sidepanel.html tab. Close the browser to quit.');
if (headless) await context.close();
else await new Promise((resolve) => context.on('close', resolve));
