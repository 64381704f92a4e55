// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { listProposals } from '@/lib/db';
import { accountShown, panelServices, renderPanel } from './panel-harness';

afterEach(cleanup);

describe('suggestions in the panel', () => {
  it('lists, once opened, what fits but is not on the TAL, best first, and proposes one in one click', async () => {
    const user = userEvent.setup();
    const { db, services } = await panelServices();
    const panel = await renderPanel(services);
    await panel.open('https://fabrikam.io/');
    await accountShown('A003');
    const section = screen.getByTestId('panel-suggestions');
    await user.click(within(section).getByRole('heading', { name: 'Fits but not on the TAL' }));
    await expect.poll(() => within(section).queryAllByRole('listitem').length).toBe(5);
    expect(within(section).getAllByRole('listitem')[0]?.textContent).toMatch(/^Humongous Insurance · 1:1 · /);
    await user.click(within(section).getByRole('button', { name: 'Propose Humongous Insurance' }));
    expect((await within(section).findByRole('status')).textContent).toBe('Humongous Insurance proposed for the TAL.');
    expect((await listProposals(db, { accountId: 'A017' }))[0]).toMatchObject({ type: 'add', evidence: { verdict: 'fit' } });
    // A name opens that account in the panel.
    const other = within(section)
      .getAllByRole('button', { name: /^[^P]/ })
      .find((button) => button.textContent !== 'Fabrikam Software') as HTMLElement;
    await user.click(other);
    await expect.poll(() => screen.getByTestId('company-name').textContent).toBe(other.textContent);
  });
});
