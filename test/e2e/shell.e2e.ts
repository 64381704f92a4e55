import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyPage, type ExtensionSession, launchExtension } from './harness';

describe('extension shell in Chromium', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    await session.serve({ url: 'https://fabrikam.io/', html: companyPage('Fabrikam Software') });
    await session.serve({ url: 'https://www.contosobank.com/', html: companyPage('Contoso Bank') });
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
