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

/** The part of an extension page's `chrome` the badge timing uses. */
type ChromeActionApi = {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; setBadgeText(d: { tabId: number; text: string }): Promise<void> };
};

/**
 * `badgeReadyMs`: from a tab switch to the toolbar badge set for it (the background's recognition and
 * rules, without the panel), alternating between two company sites whose accounts are cached. Before
 * each switch the target tab's badge is cleared from an extension page, and that page then waits for
 * it to be set again; median and p95.
 */
export async function measureBadgeReady(extensionPage: Page, targets: [Target, Target], switches = 20) {
  const tabIdOf = (url: string) =>
    extensionPage.evaluate(async (url) => {
      const chrome = (globalThis as unknown as { chrome: ChromeActionApi }).chrome;
      const [tab] = await chrome.tabs.query({ url });
      return tab?.id ?? -1;
    }, url);
  const tabIds = [await tabIdOf(targets[0].page.url()), await tabIdOf(targets[1].page.url())];
  const times: number[] = [];
  for (let i = 0; i < switches + 1; i++) {
    const target = targets[i % 2] as Target;
    const tabId = tabIds[i % 2] as number;
    await extensionPage.evaluate(async (tabId) => {
      const chrome = (globalThis as unknown as { chrome: ChromeActionApi }).chrome;
      await chrome.action.setBadgeText({ tabId, text: '' });
    }, tabId);
    const started = performance.now();
    await target.page.bringToFront();
    await extensionPage.evaluate(async (tabId) => {
      const chrome = (globalThis as unknown as { chrome: ChromeActionApi }).chrome;
      const deadline = performance.now() + 30_000;
      while ((await chrome.action.getBadgeText({ tabId })) === '') {
        if (performance.now() > deadline) throw new Error(`no badge on tab ${tabId} after 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    }, tabId);
    if (i > 0) times.push(performance.now() - started);
  }
  return { badgeReadyP50Ms: roundMs(percentile(times, 50)), badgeReadyP95Ms: roundMs(percentile(times, 95)), switches: times.length };
}
