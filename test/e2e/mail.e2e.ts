import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchExtension } from './harness';

const FIXTURES = path.resolve(import.meta.dirname, '../../lib/recognize/sources/gmail/fixtures');
const THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWxKzbDpTfNzlqWgHdZqRvmB';
const PERSONAL = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWxKzbDpTfNzlqWgHdZqRvmC';

/** The part of an extension page's `chrome` the badge check reads. */
type ChromeApi = {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
};

/** The fixture thread as Gmail would serve it; `u/1` serves the message from a free-mail sender. */
function gmailPage(url: URL): string {
  return readFileSync(path.join(FIXTURES, url.pathname.startsWith('/mail/u/1') ? 'free-mail.html' : 'thread.html'), 'utf8');
}

describe('mail in Chromium: the correspondent’s company in the panel and on the badge', () => {
  let session: ExtensionSession;
  const readMs: number[] = [];

  beforeAll(async () => {
    session = await launchExtension();
    await session.context.route(
      (url) => url.origin === 'https://mail.google.com',
      (route) => route.fulfill({ status: 200, contentType: 'text/html', body: gmailPage(new URL(route.request().url())) }),
    );
  });
  afterAll(async () => {
    // The content script's own timing of each reading, for the note (not asserted: speed lives in the bench).
    if (readMs.length > 0)
      console.info(`mail content script: ${readMs.length} readings: ${readMs.map((ms) => ms.toFixed(2)).join(', ')} ms`);
    await session?.close();
  });

  const open = async (url: string): Promise<Page> => {
    const page = await session.context.newPage();
    page.on('console', (message) => {
      const ms = /^TAL Scout read this page in ([\d.]+) ms$/.exec(message.text())?.[1];
      if (ms) readMs.push(Number(ms));
    });
    await page.goto(url);
    await page.bringToFront();
    return page;
  };
  const badge = (reader: Page, pattern: string) =>
    reader.evaluate(async (pattern) => {
      const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const [tab] = await chrome.tabs.query({ url: pattern });
      if (tab?.id === undefined) return null;
      return { text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
    }, pattern);

  it('shows the company of a known correspondent, how many of its people are in the thread, and the others to switch to', async () => {
    const panel = await session.openExtensionPage('sidepanel.html');
    const gmail = await open(THREAD);
    await expect.poll(() => panel.getByTestId('verdict').getAttribute('data-account-id'), { timeout: 30_000 }).toBe('A003');
    // Gmail is a single-page app: opening the next message changes the fragment, and the content script reads again.
    const before = readMs.length;
    await gmail.evaluate(() => history.pushState({}, '', '#inbox/FMfcgzQXJWxKzbDpTfNzlqWgHdZqRvmX'));
    await expect.poll(() => readMs.length).toBeGreaterThan(before);
    expect(await panel.getByTestId('company-name').innerText()).toBe('Fabrikam Software');
    const thread = panel.getByTestId('mail-thread');
    await expect.poll(() => thread.innerText()).toContain('2 people from Fabrikam Software in this thread');
    await expect.poll(() => thread.innerText()).toContain('Also in this thread: Litware Analytics');
    await thread.getByRole('button', { name: 'Litware Analytics' }).click();
    await expect.poll(() => panel.getByTestId('verdict').getAttribute('data-account-id')).toBe('A007');

    const reader = await session.openExtensionPage('options.html');
    await expect
      .poll(() => badge(reader, 'https://mail.google.com/mail/u/0/*'), { timeout: 30_000 })
      .toEqual({
        text: '✓',
        title: 'Fabrikam Software — Fit, tier 1:1',
      });
  });

  it('says a free-mail sender has no company, and leaves the badge empty', async () => {
    const panel = await session.openExtensionPage('sidepanel.html');
    await open(PERSONAL);
    await expect
      .poll(() => panel.getByTestId('no-domain').innerText(), { timeout: 30_000 })
      .toBe('The sender writes from a personal address (gmail.com), so there is no company to show.');
    const reader = await session.openExtensionPage('options.html');
    await expect.poll(() => badge(reader, 'https://mail.google.com/mail/u/1/*')).toEqual({ text: '', title: 'TAL Scout' });
    expect(readMs.length).toBeGreaterThan(0);
  });
});
