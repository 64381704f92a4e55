import type { BrowserContext, Page } from 'playwright-core';
import { percentile, roundMs } from './percentiles';

type Target = { page: Page; accountId: string };

/**
 * Opens a tab on each company's home page, served here (no network) as the rep's browser would show
 * it. Routed per page: with a context-wide route, opening a tab sometimes never returned in Playwright.
 */
export async function openCompanySites(context: BrowserContext, sites: { domain: string; name: string; accountId: string }[]) {
  const opened: Target[] = [];
  for (const site of sites) {
    const page = await context.newPage();
    await page.route(
      (url) => url.hostname === site.domain,
      (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><title>${site.name}</title><h1>${site.name}</h1>` }),
    );
    await page.goto(`https://${site.domain}/`);
    opened.push({ page, accountId: site.accountId });
  }
  return opened;
}

/**
 * `panelReadyMs`: from a tab switch to the verdict rendered in the side panel, alternating between two
 * company sites whose accounts are cached, `switches` times; median and p95.
 */
export async function measurePanelReady(panel: Page, targets: [Target, Target], switches = 20) {
  const times: number[] = [];
  for (let i = 0; i < switches + 1; i++) {
    const target = targets[i % 2] as Target;
    const verdict = `[data-testid="verdict"][data-account-id="${target.accountId}"]`;
    const started = performance.now();
    await target.page.bringToFront();
    // Timed from Node, so the figure includes one round trip to the page: it errs on the slow side.
    await panel.waitForSelector(verdict, { state: 'attached', timeout: 30_000 });
    // The first switch only brings the panel to a known state.
    if (i > 0) times.push(performance.now() - started);
  }
  return { panelReadyP50Ms: roundMs(percentile(times, 50)), panelReadyP95Ms: roundMs(percentile(times, 95)), switches: times.length };
}
