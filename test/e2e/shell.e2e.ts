import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyPage, type ExtensionSession, launchExtension } from './harness';

/** The part of an extension page's `chrome` the badge test reads. */
type ChromeApi = {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
};

describe('extension shell in Chromium', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    await session.serve({ url: 'https://fabrikam.io/', html: companyPage('Fabrikam Software') });
    await session.serve({ url: 'https://www.contosobank.com/', html: companyPage('Contoso Bank') });
    await session.serve({ url: 'https://unknown-company.com/', html: companyPage('Unknown Company') });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the panel follows a tab switch between two company sites', async () => {
    const panel = await session.openExtensionPage('sidepanel.html');
    const company = () => panel.getByTestId('company-name').innerText();
    const fabrikam = await session.context.newPage();
    await fabrikam.goto('https://fabrikam.io/');
    await expect.poll(() => panel.locator('main').innerText(), { timeout: 30_000 }).toContain('fabrikam.io');
    await expect.poll(company).toBe('Fabrikam Software');

    const contoso = await session.context.newPage();
    await contoso.goto('https://www.contosobank.com/');
    await expect.poll(() => panel.locator('main').innerText()).toContain('contosobank.com');
    await expect.poll(company).toBe('Contoso Bank');

    await fabrikam.bringToFront();
    await expect.poll(() => panel.locator('main').innerText()).toContain('fabrikam.io');
    await expect.poll(() => panel.getByTestId('verdict').getAttribute('data-account-id')).toBe('A003');
    // Body text at the theme's 14 px, not Chrome's 75% default for extension pages.
    expect(await panel.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
  });

  it('the toolbar badge shows the verdict of the tab the rep looks at, before the panel opens', async () => {
    // An extension page reads the badge (its own tab is never followed); no panel is open.
    const reader = await session.openExtensionPage('options.html');
    const badge = (host: string) =>
      reader.evaluate(async (host) => {
        // The page's own `chrome` (an extension page's), typed here by hand.
        const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const [tab] = await chrome.tabs.query({ url: `https://${host}/*` });
        if (tab?.id === undefined) return null;
        return { text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
      }, host);
    const visit = async (url: string) => {
      const page = await session.context.newPage();
      await page.goto(url);
      await page.bringToFront();
    };
    await visit('https://fabrikam.io/');
    await expect.poll(() => badge('fabrikam.io'), { timeout: 30_000 }).toEqual({ text: '✓', title: 'Fabrikam Software — Fit, tier 1:1' });
    await visit('https://www.contosobank.com/');
    await expect.poll(() => badge('www.contosobank.com')).toEqual({ text: '✗', title: 'Contoso Bank — No fit, tier 1:1' });
    await visit('https://unknown-company.com/');
    await expect.poll(() => badge('unknown-company.com')).toEqual({ text: '', title: 'TAL Scout' });
    // Each tab keeps its own: Fabrikam's is still there.
    expect(await badge('fabrikam.io')).toMatchObject({ text: '✓' });
  });

  it('offers a keyboard shortcut that opens the panel (Alt+Shift+Y on the toolbar action)', async () => {
    const page = await session.openExtensionPage('options.html');
    const commands = await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } })
        .chrome;
      return (await chrome.commands.getAll()).map(({ name, shortcut }) => ({ name, shortcut }));
    });
    expect(commands).toContainEqual({ name: '_execute_action', shortcut: 'Alt+Shift+Y' });
  });

  it('says calmly that a page without a domain has none', async () => {
    const panel = await session.openExtensionPage('sidepanel.html');
    const blank = await session.context.newPage();
    await blank.goto('about:blank');
    await blank.bringToFront();
    await expect.poll(() => panel.getByTestId('no-domain').innerText()).toContain('no company domain');
  });

  it('the options page loads with the manager’s sections', async () => {
    const options = await session.openExtensionPage('options.html');
    const nav = options.getByRole('navigation');
    for (const name of ['Review', 'TAL', 'Playbook', 'Data', 'Team', 'Settings']) {
      await expect.poll(() => nav.getByRole('link', { name, exact: true }).count()).toBe(1);
    }
    await nav.getByRole('link', { name: 'Settings' }).click();
    await expect.poll(() => options.getByRole('heading', { level: 1 }).innerText()).toBe('Settings');
  });
});
