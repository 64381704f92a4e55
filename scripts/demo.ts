/**
 * `npm start` (and `npm run demo`), after the build: opens Chromium with the built extension and its
 * demo data, and serves a fake website for every demo account (no network needed), so the panel can
 * be tried at once. On a machine with no display (a server, a container, CI) it checks the same in
 * headless Chromium instead, the panel recognizing a demo company, and says how to load the build
 * into a browser elsewhere. `--headless` asks for that check on any machine.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { parseAccountsText } from '../lib/import';
import { ensureChromium, extensionLaunchArgs } from './chromium';

const root = path.resolve(import.meta.dirname, '..');
const extension = path.join(root, '.output/chrome-mv3');
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;
const FIRST_SITE = 'https://fabrikam.io/';
const FIRST_NAME = 'Fabrikam Software';

const { accounts } = parseAccountsText(readFileSync(path.join(root, 'public/demo/accounts.csv'), 'utf8'), 'accounts.csv');
const domains = new Map(accounts.flatMap((a) => [a.domain, ...(a.aliases ?? [])].filter(Boolean).map((d) => [d as string, a.name])));

const context = await chromium.launchPersistentContext('', {
  executablePath: ensureChromium(),
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
const panel = await context.newPage();
await panel.goto(`chrome-extension://${id}/sidepanel.html`);
const site = await context.newPage();
await site.goto(FIRST_SITE);
await site.bringToFront();

if (headless) {
  // The demo data load on install; the panel shows the company once it is recognized in them.
  const verdict = panel.getByTestId('verdict');
  await verdict.waitFor({ timeout: 60_000 });
  await panel.getByText(FIRST_NAME).first().waitFor({ timeout: 60_000 });
  await context.close();
  console.info(`TAL Scout is built in ${path.relative(process.cwd(), extension) || '.'} and works: in headless Chromium, with its demo`);
  console.info(`data, the side panel recognized ${FIRST_NAME} on ${FIRST_SITE}.`);
  if (!hasDisplay) console.info('This machine has no display, so no browser window was opened. To use TAL Scout:');
  else console.info('To use TAL Scout in your own browser:');
  console.info('  open chrome://extensions, switch on Developer mode, click Load unpacked and choose');
  console.info(`  ${extension}; then click the TAL Scout icon to open the side panel.`);
} else {
  console.info(`TAL Scout ${id} loaded with demo data. Demo sites: ${[...domains.keys()].slice(0, 6).join(', ')}, …`);
  console.info('Click the TAL Scout icon to open the side panel, or use the sidepanel.html tab. Close the browser to quit.');
  await new Promise((resolve) => context.on('close', resolve));
}
