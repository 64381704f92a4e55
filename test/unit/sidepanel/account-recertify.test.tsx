// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { accountShown, panelServices, renderPanel } from './panel-harness';

afterEach(cleanup);

describe('recertifying on the account’s page', () => {
  it('says a TAL account is due this period, keeps it with a reason, then says by whom', async () => {
    const user = userEvent.setup();
    const { services } = await panelServices();
    const panel = await renderPanel(services);
    await panel.open('https://contosobank.com/');
    await accountShown('A002');
    const due = await screen.findByTestId('account-recertify');
    expect(due.querySelector('summary')?.textContent).toMatch(/^Due for recertification in \d{4}-Q\d\.$/);
    await user.click(due.querySelector('summary') as HTMLElement);
    await user.click(within(due).getByRole('button', { name: 'Keep for this period' }));
    expect(within(due).getByRole('alert').textContent).toBe('Enter a reason: it goes into the change log.');
    await user.type(within(due).getByRole('textbox', { name: 'Why (for the change log)' }), 'Renewal signed');
    await user.click(within(due).getByRole('button', { name: 'Keep for this period' }));
    expect((await screen.findByTestId('account-recertified')).textContent).toMatch(
      /^Recertified for \d{4}-Q\d: kept by You on [A-Z][a-z]{2} \d{1,2}, \d{4} \(Renewal signed\)\.$/,
    );
  });
});
