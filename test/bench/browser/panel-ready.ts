import type { BrowserContext, Page } from 'playwright-core';
import { percentile, roundMs } from './percentiles';

type Target = { page: Page; accountId: string };
type PanelWindow = Window & { __talVerdict?: Promise<number> };

/** Epoch milliseconds with sub-millisecond precision, comparable between Node and the browser on one machine. */
const epochNow = () => performance.timeOrigin + performance.now();

/** Serves a plain company home page for each domain (no network), as the rep's browser would show it. */
export async function serveCompanySites(context: BrowserContext, sites: { domain: string; name: string }[]) {
  const byHost = new Map(sites.map((s) => [s.domain, s.name]));
  await context.route(
    (url) => byHost.has(url.hostname),
    (route) => {
      const name = byHost.get(new URL(route.request().url()).hostname) ?? '';
      return route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><title>${name}</title><h1>${name}</h1>` });
    },
  );
}

/** In the panel, resolves (with the browser's epoch time) once the verdict of this account is rendered. */
async function armVerdictWatch(panel: Page, accountId: string) {
  await panel.evaluate((id) => {
    const selector = `[data-testid="verdict"][data-account-id="${CSS.escape(id)}"]`;
    (window as PanelWindow).__talVerdict = new Promise<number>((resolve) => {
      const done = () => {
        if (!document.querySelector(selector)) return false;
        resolve(performance.timeOrigin + performance.now());
        return true;
      };
      if (done()) return;
      const observer = new MutationObserver(() => {
        if (done()) observer.disconnect();
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
  }, accountId);
}

/**
 * `panelReadyMs`: from a tab switch to the verdict rendered in the side panel, alternating between two
 * company sites whose accounts are cached, `switches` times; median and p95.
 */
export async function measurePanelReady(panel: Page, targets: [Target, Target], switches = 20) {
  const times: number[] = [];
  for (let i = 0; i < switches + 1; i++) {
    const target = targets[i % 2] as Target;
    await armVerdictWatch(panel, target.accountId);
    const started = epochNow();
    await target.page.bringToFront();
    const rendered = await panel.evaluate(() => (window as PanelWindow).__talVerdict as Promise<number>);
    // The first switch only brings the panel to a known state.
    if (i > 0) times.push(rendered - started);
  }
  return { panelReadyP50Ms: roundMs(percentile(times, 50)), panelReadyP95Ms: roundMs(percentile(times, 95)), switches: times.length };
}
