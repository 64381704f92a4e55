import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Route } from 'playwright-core';
import { extensionLaunchArgs, findChromium } from '../../scripts/chromium';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3');

export type FakeSite = { url: string; html: string; contentType?: string };

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Opens one of the extension's pages (`sidepanel.html`, `options.html`) as a tab. */
  openExtensionPage(page: string, locale?: string): Promise<Page>;
  /** Serves a fake page at a URL (no network): every request to that origin+path answers with the HTML. */
  serve(site: FakeSite): Promise<void>;
  close(): Promise<void>;
}

/** Launches Debian's Chromium headless with the built extension loaded, in a fresh profile. */
export async function launchExtension(options: { locale?: string } = {}): Promise<ExtensionSession> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'tal-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    locale: options.locale ?? 'en-US',
    args: [...extensionLaunchArgs(EXTENSION_DIR), ...(options.locale ? [`--lang=${options.locale}`] : [])],
  });
  // Nothing leaves the machine: any request not served by a fake site is refused.
  await context.route(/^https?:\/\//, (route: Route) => route.abort('internetdisconnected'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async openExtensionPage(name) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}`);
      return page;
    },
    async serve(site) {
      const target = new URL(site.url);
      await context.route(
        (url) => url.origin === target.origin,
        (route) => route.fulfill({ status: 200, contentType: site.contentType ?? 'text/html; charset=utf-8', body: site.html }),
      );
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A plain company home page with the usual signals. */
export function companyPage(name: string, extraHead = ''): string {
  return `<!doctype html><html><head><title>${name}</title><meta property="og:site_name" content="${name}">${extraHead}</head><body><h1>${name}</h1></body></html>`;
}
