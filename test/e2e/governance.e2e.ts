import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyPage, type ExtensionSession, launchExtension } from './harness';

// Three prospects of the demo data (public/demo/accounts.csv), none on the TAL yet.
const SITES = [
  { url: 'https://fabrikam.io/', name: 'Fabrikam Software', reason: 'Evaluating ABM tools this quarter' },
  { url: 'https://litware.ai/', name: 'Litware Analytics', reason: 'Asked for a demo after the webinar' },
  { url: 'https://treyresearch.net/', name: 'Trey Research', reason: 'Downloaded the ABM guide' },
];

describe('TAL governance in Chromium: the rep proposes in the panel, the manager decides in the options page', () => {
  let session: ExtensionSession;
  let panel: Page;
  const tabs = new Map<string, Page>();

  const show = async (site: (typeof SITES)[number]) => {
    const tab = tabs.get(site.url) ?? (await session.context.newPage());
    if (!tabs.has(site.url)) {
      tabs.set(site.url, tab);
      await tab.goto(site.url);
    }
    await tab.bringToFront();
    await expect.poll(() => panel.locator('#company-name').textContent(), { timeout: 15_000 }).toContain(site.name);
  };
  const quotaText = () => panel.getByTestId('quota-meter').textContent();

  beforeAll(async () => {
    session = await launchExtension();
    for (const site of SITES) await session.serve({ url: site.url, html: companyPage(site.name) });
    panel = await session.openExtensionPage('sidepanel.html');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the rep proposes three accounts, each using a place of the team’s quota', async () => {
    for (const site of SITES) {
      await show(site);
      await expect.poll(() => panel.getByTestId('tal-status').textContent()).toBe('Not on the TAL.');
      await panel.getByTestId('propose').click();
      await panel.getByLabel('Reason').fill(site.reason);
      await panel.getByRole('button', { name: 'Send proposal' }).click();
      await expect
        .poll(() => panel.getByTestId('tal-status').textContent())
        .toMatch(/^Proposed for the TAL by you on .+, waiting for a manager of (Key accounts|Mid-market)\.$/);
    }
    // Each add counts against the team its account belongs to: Fabrikam, Key accounts; Litware and Trey, Mid-market.
    await expect.poll(quotaText).toContain('2 of 30 used this quarter — Mid-market');
    await show(SITES[0]!);
    await expect.poll(quotaText).toContain('1 of 15 used this quarter — Key accounts');
  });

  it('the manager rejects one and approves two in the Review queue, by button and by keyboard', async () => {
    const options = await session.openExtensionPage('options.html#review');
    const cards = options.getByRole('article');
    await expect.poll(() => cards.count()).toBe(3);
    const card = (name: string) => options.getByRole('article', { name: new RegExp(name) });
    await expect.poll(() => card('Fabrikam Software').textContent()).toContain('Evaluating ABM tools this quarter');
    await expect
      .poll(() => card('Fabrikam Software').getByRole('region', { name: 'ICP now' }).textContent())
      .toContain('No change since it was proposed.');

    // Fabrikam by its button, with a note.
    await card('Fabrikam Software').getByLabel('Note').fill('Great fit');
    await options.getByRole('button', { name: 'Approve Fabrikam Software' }).click();
    await expect.poll(() => options.getByTestId('review-outcomes').textContent()).toContain('Fabrikam Software: approved.');
    await expect.poll(() => cards.count()).toBe(2);

    // Litware is now first and current: `a` approves it; then `r` opens Trey's note and Enter rejects.
    await expect.poll(() => card('Litware Analytics').getAttribute('aria-current')).toBe('true');
    await options.locator('body').press('a');
    await expect.poll(() => options.getByTestId('review-outcomes').textContent()).toContain('Litware Analytics: approved.');
    await expect.poll(() => card('Trey Research').getAttribute('aria-current')).toBe('true');
    await options.locator('body').press('r');
    await expect.poll(() => options.evaluate(() => document.activeElement?.getAttribute('id') ?? '')).not.toBe('');
    await options.keyboard.type('Too small for key accounts');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByTestId('review-outcomes').textContent()).toContain('Trey Research: rejected.');
    await expect.poll(() => options.getByText('Nothing to review: no proposal is pending.').count()).toBe(1);

    // The TAL section lists the two approved accounts, with both changes in the log and the freed quota.
    await options.goto(`chrome-extension://${session.extensionId}/options.html#tal`);
    const table = options.getByTestId('tal-table');
    await expect.poll(() => table.textContent()).toContain('Fabrikam Software');
    expect(await table.textContent()).toContain('Litware Analytics');
    expect(await table.textContent()).not.toContain('Trey Research');
    await expect.poll(() => options.getByTestId('tal-log').locator('tbody tr').count()).toBe(2);
    const teams = options.getByRole('table', { name: 'Adds per team' });
    await expect.poll(() => teams.locator('tr', { hasText: 'Key accounts' }).locator('td').allTextContents()).toEqual(['1', '15']);
    await expect.poll(() => teams.locator('tr', { hasText: 'Mid-market' }).locator('td').allTextContents()).toEqual(['1', '30']);
  });

  it('the panel shows the new TAL status and the freed quota', async () => {
    await show(SITES[0]!);
    await expect.poll(() => panel.getByTestId('tal-status').textContent()).toMatch(/^On the TAL since .+, approved by you\.$/);
    await show(SITES[2]!);
    await expect.poll(() => panel.getByTestId('tal-status').textContent()).toBe('Not on the TAL.');
    // The rejection freed its place: Mid-market counts Litware's approved add only.
    await expect.poll(quotaText).toContain('1 of 30 used this quarter');
  });

  it('a replace that lacks the approved account asks first, and the TAL, Review and quota keep every account by name', async () => {
    // One more proposal, left pending: Trey Research again, for another reason.
    await show(SITES[2]!);
    await panel.getByTestId('propose').click();
    await panel.getByLabel('Reason').fill('They came back with budget');
    await panel.getByRole('button', { name: 'Send proposal' }).click();
    await expect.poll(quotaText).toContain('2 of 30 used this quarter');

    const file = path.join(tmpdir(), `tal-e2e-replace-${process.pid}.csv`);
    writeFileSync(file, 'id,name,domain\nN1,Newco One,newco1.com\nN2,Newco Two,newco2.com\nN3,Newco Three,newco3.com\n');
    const options = await session.openExtensionPage('options.html#data');
    await options.getByLabel('Account file (CSV or JSON)').setInputFiles(file);
    await expect.poll(() => options.locator('main').innerText(), { timeout: 30_000 }).toContain('All 3 rows with this mapping');
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = options.getByRole('alertdialog', { name: 'Replace the account cache?' });
    await expect.poll(() => dialog.textContent(), { timeout: 30_000 }).toContain('22 accounts will be replaced by the 3 accounts of');
    expect(await dialog.textContent()).toMatch(/accounts on the TAL are not in the new file: they stay on the TAL, shown by name/);
    expect(await dialog.textContent()).toContain('1 open proposal is about an account not in the new file');
    await dialog.getByText('Which ones').click();
    expect(await dialog.getByRole('list').textContent()).toContain('Fabrikam Software');
    mkdirSync(path.resolve(import.meta.dirname, 'screenshots'), { recursive: true });
    await options.screenshot({ path: path.resolve(import.meta.dirname, 'screenshots/replace-confirm.png'), fullPage: true });
    await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
    await expect.poll(() => options.locator('main').innerText(), { timeout: 30_000 }).toContain('The cache holds 3 accounts.');

    await options.goto(`chrome-extension://${session.extensionId}/options.html#tal`);
    const table = options.getByTestId('tal-table');
    await expect
      .poll(() => table.getByRole('rowheader', { name: /Fabrikam Software/ }).textContent())
      .toBe('Fabrikam Software — not in the current account data');
    expect(await table.textContent()).toContain('Litware Analytics');
    const teams = options.getByRole('table', { name: 'Adds per team' });
    // Every add still counts, by name: Fabrikam's in Key accounts, Litware's and Trey's pending one in Mid-market.
    await expect.poll(() => teams.locator('tr', { hasText: 'Key accounts' }).locator('td').allTextContents()).toEqual(['1', '15']);
    await expect.poll(() => teams.locator('tr', { hasText: 'Mid-market' }).locator('td').allTextContents()).toEqual(['2', '30']);
    await options.screenshot({ path: path.resolve(import.meta.dirname, 'screenshots/tal-after-replace.png'), fullPage: true });

    await options.goto(`chrome-extension://${session.extensionId}/options.html#review`);
    const card = options.getByRole('article', { name: /Trey Research/ });
    await expect.poll(() => card.textContent()).toContain('Not in the current account data');
    expect(await card.textContent()).toContain('They came back with budget');
  });
});
