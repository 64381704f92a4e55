// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { listProposals, listRecertifications } from '@/lib/db';
import { accountShown, panelServices, renderPanel } from './panel-harness';

afterEach(cleanup);

describe('recertification in the panel', () => {
  it('says how many of the rep’s TAL accounts are due, keeps one with a reason, and proposes removing another', async () => {
    const user = userEvent.setup();
    const { db, services } = await panelServices();
    const panel = await renderPanel(services);
    await panel.open('https://fabrikam.io/');
    await accountShown('A003');
    const due = await screen.findByTestId('recertify-due');
    const heading = () => within(screen.getByTestId('recertify-due')).getByRole('heading').textContent;
    await expect.poll(heading).toMatch(/^Your TAL accounts to recertify \(\d{4}-Q\d\): 5$/);
    await user.click(within(due).getByRole('heading'));
    // The list is read when opened.
    await user.click(await within(due).findByRole('button', { name: 'Keep Contoso Bank' }));
    expect(within(due).getByRole('alert').textContent).toBe('Enter a reason: it goes into the change log.');
    await user.type(within(due).getByRole('textbox', { name: 'Why (for the change log)' }), 'Renewal signed');
    await user.click(within(due).getByRole('button', { name: 'Keep Contoso Bank' }));
    expect((await within(due).findByRole('status')).textContent).toMatch(/^Contoso Bank kept for \d{4}-Q\d\.$/);
    await expect.poll(heading).toMatch(/: 4$/);
    expect((await listRecertifications(db)).map((r) => [r.accountId, r.action, r.reason])).toEqual([['A002', 'keep', 'Renewal signed']]);

    await user.click(within(due).getByRole('button', { name: 'Propose removing School of Fine Art' }));
    await expect
      .poll(async () => (await listProposals(db, { accountId: 'A021' })).map((p) => [p.type, p.status, p.reason]))
      .toEqual([['remove', 'pending', 'Renewal signed']]);

    await user.click(within(due).getByRole('button', { name: 'Northwind Retail Group' }));
    await accountShown('A001');
  });
});
