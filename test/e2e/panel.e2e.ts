import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { companyPage, type ExtensionSession, launchExtension } from './harness';

const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots');
const PROSPECT = 'https://www.fabrikam.io/';
const UNKNOWN = 'https://www.northwind-traders.com/';

/** The words the flow clicks and reads, in one language. */
type Words = {
  locale: string;
  strategy: string;
  salesReady: string;
  no: string;
  propose: string;
  send: string;
  reason: string;
  reasonRequired: string;
  sent: string;
  quota: (used: number) => string;
  pendingByYou: RegExp;
  /** The checklist's folded judgments, by the start of their button's name. */
  judgments: RegExp;
  withdraw: string;
  withdrawn: string;
  notInCache: string;
};

const en: Words = {
  locale: 'en-US',
  strategy: 'Our service fits their strategic direction',
  salesReady: 'Sales-ready',
  no: 'No',
  propose: 'Propose for TAL',
  send: 'Send proposal',
  reason: 'Reason',
  reasonRequired: 'Enter a reason.',
  sent: 'Proposal sent for review.',
  quota: (used) => `${used} of 15 used this quarter — Key accounts`,
  pendingByYou: /^Proposed for the TAL by you on [A-Z][a-z]{2} \d{1,2}, \d{4}, waiting for a manager of Key accounts\.$/,
  judgments: /^Your judgments/,
  withdraw: 'Withdraw the proposal for Fabrikam Software',
  withdrawn: 'Withdrawn',
  notInCache: 'northwind-traders.com is not in your account cache.',
};

const ru: Words = {
  locale: 'ru-RU',
  strategy: 'Our service fits their strategic direction',
  salesReady: 'Sales-ready',
  no: 'Нет',
  propose: 'Предложить в TAL',
  send: 'Отправить предложение',
  reason: 'Причина',
  reasonRequired: 'Укажите причину.',
  sent: 'Предложение отправлено на проверку.',
  quota: (used) => `Использовано ${used} из 15 в этом квартале — Key accounts`,
  pendingByYou: /^Предложен в TAL \(вами, \d{1,2} [а-я]+\.? \d{4}\s?г\.\), ждёт решения руководителя команды «Key accounts»\.$/,
  judgments: /^Ваши оценки/,
  withdraw: 'Отозвать предложение по Fabrikam Software',
  withdrawn: 'Отозвано',
  notInCache: 'northwind-traders.com нет в кэше аккаунтов.',
};

async function shoot(panel: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await panel.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The "done when": answer two manual criteria, see the verdict change, propose, see the quota move, withdraw. */
async function runRepFlow(session: ExtensionSession, words: Words, tag: string) {
  await session.serve({ url: PROSPECT, html: companyPage('Fabrikam Software') });
  await session.serve({ url: UNKNOWN, html: companyPage('Northwind Traders') });
  const panel = await session.openExtensionPage('sidepanel.html');
  await panel.setViewportSize({ width: 360, height: 900 });
  const site = await session.context.newPage();
  await site.goto(PROSPECT);
  await site.bringToFront();

  const verdict = panel.getByTestId('verdict');
  // The demo data load on install; the verdict appears once the prospect is recognized in it.
  await expect.poll(() => verdict.getAttribute('data-account-id'), { timeout: 30_000 }).toBe('A003');
  await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('fit');
  const quotaMeter = panel.getByTestId('quota-meter');
  await expect.poll(() => quotaMeter.innerText()).toBe(words.quota(0));
  await shoot(panel, `${tag}-1-fit`);

  await panel.getByRole('button', { name: words.judgments }).click();
  await panel.getByRole('group', { name: words.strategy }).getByRole('radio', { name: words.no }).check();
  await panel.getByRole('group', { name: words.salesReady }).getByRole('radio', { name: words.no }).check();
  await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('partial');
  await shoot(panel, `${tag}-2-answered`);

  await panel.getByRole('button', { name: words.propose }).click();
  await panel.getByRole('button', { name: words.send }).click();
  await expect.poll(() => panel.getByText(words.reasonRequired).count()).toBe(1);
  await panel.getByRole('textbox', { name: words.reason }).fill('Researching ABM tools; 12 page views this quarter');
  await shoot(panel, `${tag}-3-proposal-form`);
  await panel.getByRole('button', { name: words.send }).click();
  await expect.poll(() => panel.getByText(words.sent).count()).toBe(1);
  await expect.poll(() => quotaMeter.innerText()).toBe(words.quota(1));
  await expect.poll(() => panel.getByTestId('tal-status').innerText()).toMatch(words.pendingByYou);
  await shoot(panel, `${tag}-4-proposed`);

  await panel.getByRole('button', { name: words.withdraw }).click();
  await expect.poll(() => panel.locator('.my-proposals li[data-status="withdrawn"]').count()).toBe(1);
  await expect.poll(() => panel.locator('.my-proposals').innerText()).toContain(words.withdrawn);
  await expect.poll(() => quotaMeter.innerText()).toBe(words.quota(0));
  await shoot(panel, `${tag}-5-withdrawn`);

  const unknown = await session.context.newPage();
  await unknown.goto(UNKNOWN);
  await unknown.bringToFront();
  await expect.poll(() => panel.getByTestId('not-found').innerText()).toBe(words.notInCache);
  expect(await panel.getByTestId('verdict').count()).toBe(0);
  await shoot(panel, `${tag}-6-not-in-cache`);

  await site.bringToFront();
  await expect.poll(() => verdict.getAttribute('data-account-id')).toBe('A003');
  // The answers survived the page switch: they are stored, not held by the panel.
  expect(await verdict.getAttribute('data-verdict')).toBe('partial');
  return panel;
}

describe('the rep’s panel in Chromium', () => {
  let session: ExtensionSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('checks fit, answers two criteria, proposes, sees the quota move, and withdraws (English)', async () => {
    session = await launchExtension({ locale: en.locale });
    const panel = await runRepFlow(session, en, 'en');
    await panel.emulateMedia({ colorScheme: 'dark' });
    await shoot(panel, 'en-7-dark');
  });

  it('follows a CRM single-page app from one record to the next without a reload', async () => {
    session = await launchExtension();
    const crm = 'https://acme.lightning.force.com';
    const record = (id: string) => `/lightning/r/Account/${id}/view`;
    const app = `<!doctype html><html><head><title>Salesforce</title></head><body>
      <button id="next" onclick="history.pushState({}, '', '${record('001A000001CtsBkAAA')}')">Next record</button></body></html>`;
    await session.serve({ url: `${crm}/`, html: app });
    const panel = await session.openExtensionPage('sidepanel.html');
    const page = await session.context.newPage();
    await page.goto(`${crm}${record('001A000001FbrkmAAA')}`);
    await page.bringToFront();
    const verdict = panel.getByTestId('verdict');
    await expect.poll(() => verdict.getAttribute('data-account-id'), { timeout: 30_000 }).toBe('A003');
    expect(await panel.locator('.account-head').innerText()).toContain('Recognized by CRM id');
    await page.click('#next');
    await expect.poll(() => page.url()).toContain('001A000001CtsBkAAA');
    await expect.poll(() => verdict.getAttribute('data-account-id')).toBe('A002');
    expect(await panel.getByTestId('company-name').innerText()).toBe('Contoso Bank');
  });

  it('does the same in Russian, with translated strings', async () => {
    session = await launchExtension({ locale: ru.locale });
    const panel = await runRepFlow(session, ru, 'ru');
    expect(await panel.getByRole('heading', { name: 'Чек-лист ICP' }).count()).toBe(1);
    expect(await panel.getByRole('heading', { name: 'Мои предложения' }).count()).toBe(1);
  });
});
