import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyPage, type ExtensionSession, launchExtension } from './harness';

// axe-core's own build, evaluated in the page over the DevTools protocol (an extension page's CSP
// allows no injected <script>, and the product never ships axe).
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact: string | null; help: string; nodes: string[] };

/** axe-core's WCAG 2.1 A and AA checks on the page as it is: the serious and critical violations. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[]; passes: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    if (result.passes.length === 0) throw new Error('axe-core checked nothing on this page');
    return result.violations as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => node.target.join(' ')) }));
}

/** The extension page's storage API, which this Node-side file has no types for. */
type StoragePage = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };

/** Sets the panel's language as its settings store it (lib/settings/items: `local:locale`); the panel follows at once. */
async function setLocale(page: Page, locale: string) {
  await page.evaluate((value) => (globalThis as unknown as StoragePage).chrome.storage.local.set({ locale: value }), locale);
}

describe('accessibility (axe-core) of the panel and every options section', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    await session.serve({ url: 'https://fabrikam.io/', html: companyPage('Fabrikam Software') });
    await session.serve({ url: 'https://www.contosobank.com/', html: companyPage('Contoso Bank') });
    await session.serve({ url: 'https://cohowinery.com/', html: companyPage('Coho Winery') });
    await session.serve({ url: 'https://unknown-company.com/', html: companyPage('Unknown Company') });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the panel, on a fit, a no-fit, a needs-data and an unknown company, in English, Russian and Chinese, light and dark, has no serious or critical violation', async () => {
    const screenshots = path.resolve(import.meta.dirname, 'screenshots');
    mkdirSync(screenshots, { recursive: true });
    const panel = await session.openExtensionPage('sidepanel.html');
    await panel.setViewportSize({ width: 380, height: 600 });
    for (const [url, shown, tag] of [
      ['https://fabrikam.io/', 'Fabrikam Software', 'fit'],
      ['https://www.contosobank.com/', 'Contoso Bank', 'no-fit'],
      ['https://cohowinery.com/', 'Coho Winery', 'needs-data'],
      ['https://unknown-company.com/', 'unknown-company.com', 'unknown'],
    ] as const) {
      const site = await session.context.newPage();
      await site.goto(url);
      await site.bringToFront();
      await expect.poll(() => panel.locator('main').innerText(), { timeout: 30_000 }).toContain(shown);
      for (const locale of ['en', 'ru', 'zh-CN'] as const) {
        // The rep's language choice, as the panel's settings store it (lib/settings/items: local:locale).
        await setLocale(panel, locale);
        await expect.poll(() => panel.evaluate(() => document.documentElement.lang)).toBe(locale);
        await expect.poll(() => panel.locator('main').innerText()).toContain(shown);
        for (const scheme of ['light', 'dark'] as const) {
          await panel.emulateMedia({ colorScheme: scheme });
          expect(await seriousViolations(panel), `${tag}, ${locale}, ${scheme}`).toEqual([]);
          // The first screen a rep sees (380×600), for review by people.
          await panel.screenshot({ path: path.join(screenshots, `glance-${tag}-${locale}-${scheme}.png`) });
        }
      }
      await setLocale(panel, 'en');
      await expect.poll(() => panel.evaluate(() => document.documentElement.lang)).toBe('en');
    }
  });

  it.each(['review', 'tal', 'playbook', 'data', 'team', 'settings'])(
    'the options page’s %s section has no serious or critical violation',
    async (section) => {
      const options = await session.openExtensionPage('options.html');
      await options.goto(`chrome-extension://${session.extensionId}/options.html#${section}`);
      await expect.poll(() => options.locator('main').innerText(), { timeout: 30_000 }).not.toContain('Loading');
      expect(await seriousViolations(options)).toEqual([]);
    },
  );
});
