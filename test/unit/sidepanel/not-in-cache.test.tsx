// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { importAccounts } from '@/lib/db';
import type { Recognition } from '@/lib/recognize';
import { PageSignalsSchema } from '@/lib/recognize/signals/schema';
import { createTabSignalsStore } from '@/lib/recognize/signals/tab-store';
import { accountShown, panelServices, renderPanel } from './panel-harness';

afterEach(cleanup);

const verdictFor = accountShown;

describe('a company not in the cache', () => {
  it('says so, finds the account by a name search, and remembers the pick for the page', async () => {
    const user = userEvent.setup();
    const { services } = await panelServices();
    const panel = await renderPanel(services);
    await panel.open('https://www.contoso-group.com/');
    expect((await screen.findByTestId('not-found')).textContent).toBe('contoso-group.com is not in your account cache.');

    const search = screen.getByRole('searchbox', { name: 'Search the cache by name' });
    await user.type(search, 'zzz');
    expect(await screen.findByText('No account in the cache matches “zzz”.')).toBeTruthy();
    await user.clear(search);
    await user.type(search, 'cont');
    const results = await screen.findByRole('list', { name: 'Accounts matching “cont”' });
    await user.click(within(results).getByRole('button', { name: 'Choose Contoso Bank' }));
    await verdictFor('A002');
    expect(screen.getByTestId('company-name').textContent).toBe('Contoso Bank');

    cleanup();
    const again = await renderPanel(services);
    await again.open('https://www.contoso-group.com/careers');
    await verdictFor('A002');
    expect(document.querySelector('.account-head')?.textContent).toContain('Recognized by your earlier choice');
  });

  it('offers the candidates recognition found, with how each was found', async () => {
    const user = userEvent.setup();
    const recognition: Recognition = {
      source: 'website',
      domain: 'fabrikam.net',
      recordId: null,
      objectType: null,
      slug: null,
      name: 'Fabrikam',
      match: null,
      candidates: [
        { accountId: 'A003', by: 'name', confidence: 0.6 },
        { accountId: 'A007', by: 'name', confidence: 0.5 },
      ],
    };
    const { services } = await panelServices({ recognize: async () => recognition });
    const panel = await renderPanel(services);
    await panel.open('https://fabrikam.net/');
    const candidates = await screen.findByRole('region', { name: 'Could it be one of these?' });
    await expect.poll(() => within(candidates).queryAllByRole('button').length).toBe(2);
    expect(within(candidates).getByRole('button', { name: 'Choose Fabrikam Software' }).textContent).toContain('Recognized by name · 60%');
    await user.click(within(candidates).getByRole('button', { name: 'Choose Litware Analytics' }));
    await verdictFor('A007');

    await user.click(screen.getByRole('button', { name: 'Not this company?' }));
    expect(await screen.findByRole('region', { name: 'Could it be one of these?' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await verdictFor('A007');
  });

  it('on a domain match, "Not this company?" never offers the same company again: it searches from its name for a sister company', async () => {
    const user = userEvent.setup();
    const { db, services } = await panelServices();
    await importAccounts(db, ['id,name,domain\nF2,Fabrikam Residences,fabrikam-residences.com\n'], { fileName: 'more.csv', mode: 'merge' });
    const panel = await renderPanel(services);
    await panel.open('https://fabrikam.io/');
    await verdictFor('A003');
    await user.click(screen.getByRole('button', { name: 'Not this company?' }));

    expect((await screen.findByTestId('no-other-candidates')).textContent).toBe(
      'No other account in the cache matches this page. Search by name, or propose a new account.',
    );
    expect(screen.queryByRole('region', { name: 'Could it be one of these?' })).toBeNull();
    const search = screen.getByRole('searchbox', { name: 'Search the cache by name' }) as HTMLInputElement;
    expect(search.value).toBe('Fabrikam');
    expect(document.activeElement).toBe(search);
    const results = await screen.findByRole('list', { name: 'Accounts matching “Fabrikam”' });
    expect(
      within(results)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Choose Fabrikam Residences']);
    await user.click(within(results).getByRole('button', { name: 'Choose Fabrikam Residences' }));
    await verdictFor('F2');
  });

  it('proposes a new account from what the rep knows; the checklist runs on it', async () => {
    const user = userEvent.setup();
    const { services } = await panelServices();
    const panel = await renderPanel(services);
    await panel.open('https://shop.northwind-traders.com/');
    await user.click(await screen.findByRole('button', { name: 'Propose a new account' }));
    const form = screen.getByRole('form', { name: 'New account' });
    expect((within(form).getByRole('textbox', { name: 'Domain' }) as HTMLInputElement).value).toBe('northwind-traders.com');

    await user.type(within(form).getByRole('textbox', { name: 'Employees' }), 'lots');
    await user.click(within(form).getByRole('button', { name: 'Check fit' }));
    expect(within(form).getByText('Enter the company’s name.')).toBeTruthy();
    expect(within(form).getByText('Enter a whole number, 0 or more.')).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: /Company name/ }));

    await user.type(within(form).getByRole('textbox', { name: /Company name/ }), 'Northwind Traders');
    await user.clear(within(form).getByRole('textbox', { name: 'Employees' }));
    await user.type(within(form).getByRole('textbox', { name: 'Employees' }), '1,200');
    await user.type(within(form).getByRole('textbox', { name: 'Industry' }), 'Retail');
    await user.type(within(form).getByRole('textbox', { name: 'Annual revenue' }), '$50,000,000');
    await user.click(within(form).getByRole('button', { name: 'Check fit' }));

    await expect.poll(() => screen.queryByTestId('company-name')?.textContent, { timeout: 10_000 }).toBe('Northwind Traders');
    const accountId = screen.getByTestId('verdict').getAttribute('data-account-id') ?? '';
    expect(accountId).toMatch(/^new-/);
    const employees = document.querySelector('[data-criterion-id="employees"]');
    expect(employees?.getAttribute('data-status')).toBe('pass');
    expect(employees?.textContent).toContain('Employees 1,200');
    expect(document.querySelector('[data-criterion-id="score"]')?.getAttribute('data-status')).toBe('unknown');
    await user.click(screen.getByRole('button', { name: 'Propose for TAL' }));
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'New retail prospect met at a trade show');
    await user.click(screen.getByRole('button', { name: 'Send proposal' }));
    expect(await screen.findByText('Proposal sent for review.')).toBeTruthy();

    // The new account is cached like any other: the page knows it again, and a name search finds it.
    cleanup();
    const again = await renderPanel(services);
    await again.open('https://northwind-traders.com/');
    await verdictFor(accountId);
    await again.open('https://www.other-site.com/');
    await user.type(await screen.findByRole('searchbox', { name: 'Search the cache by name' }), 'northwind t');
    const results = await screen.findByRole('list', { name: 'Accounts matching “northwind t”' });
    expect(
      within(results)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Choose Northwind Traders']);
  });

  it('recognizes the page again when its content script reports what it read', async () => {
    const { services } = await panelServices();
    const panel = await renderPanel(services);
    const url = 'https://careers-at-fabrikam.com/jobs';
    const tabId = await panel.open(url);
    await screen.findByTestId('not-found');
    const signals = PageSignalsSchema.parse({
      url,
      siteName: 'Fabrikam Careers',
      canonicalUrl: null,
      organizations: [{ name: 'Fabrikam Software', legalName: null, url: 'https://fabrikam.io/', sameAs: [] }],
      record: null,
    });
    await createTabSignalsStore().set(tabId, signals);
    await verdictFor('A003');
  });

  it('shows the account once an import brings it, while the page stays open', async () => {
    const { db, services } = await panelServices();
    const panel = await renderPanel(services);
    await panel.open('https://www.tailspin-toys.com/');
    expect((await screen.findByTestId('not-found')).textContent).toBe('tailspin-toys.com is not in your account cache.');
    // A manager's import (or the demo data still loading at install) makes another cache active.
    await importAccounts(db, ['id,name,domain\nT1,Tailspin Toys,tailspin-toys.com\n'], { fileName: 'more.csv', mode: 'merge' });
    await verdictFor('T1');
    expect(screen.getByTestId('company-name').textContent).toBe('Tailspin Toys');
  });

  it('recognizes the page again when the cache moved before the watch first answered (the demo data landing as the panel opens)', async () => {
    const { db, services } = await panelServices({ seed: false });
    const tab = { tabId: 7, windowId: 1, url: 'https://www.tailspin-toys.com/', at: Date.now() };
    await services.store.getState().showTab(tab);
    expect(services.store.getState().view.kind).toBe('find');
    await importAccounts(db, ['id,name,domain\nT1,Tailspin Toys,tailspin-toys.com\n'], { fileName: 'demo.csv', mode: 'replace' });
    // The watch starts only now: its first answer is already the new cache, which the page was not recognized with.
    let stop = () => {};
    await new Promise<void>((changed) => {
      stop = services.watchCache(changed);
    });
    stop();
    await services.store.getState().refresh();
    expect(services.store.getState().view).toMatchObject({ kind: 'account', accountId: 'T1' });
  });

  it('says calmly that a page names no company', async () => {
    const { services } = await panelServices();
    const panel = await renderPanel(services);
    await panel.open('about:blank');
    expect((await screen.findByTestId('no-domain')).textContent).toContain('This page has no company domain');
  });
});
