// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { listProposals, putProposal, saveAnswers, setTalOverride } from '@/lib/db';
import { panelServices, renderPanel } from './panel-harness';

afterEach(cleanup);

const meterText = () => screen.getByTestId('quota-meter').textContent;

describe('proposing from the panel', () => {
  it('proposes with a reason, moves the quota meter, lists it under my proposals, and withdraws it', async () => {
    const user = userEvent.setup();
    const { db, services } = await panelServices();
    const panel = await renderPanel(services);
    await panel.open('https://fabrikam.io/');
    await expect.poll(() => screen.queryByTestId('quota-meter')?.textContent).toBe('0 of 15 used this quarter — Key accounts');

    await user.click(screen.getByRole('button', { name: 'Propose for TAL' }));
    const form = screen.getByRole('form', { name: 'Propose Fabrikam Software for the TAL' });
    expect(within(form).getByText('Attached as evidence')).toBeTruthy();
    expect(document.activeElement).toBe(within(form).getByRole('textbox', { name: 'Reason' }));
    await user.click(within(form).getByRole('button', { name: 'Send proposal' }));
    expect(within(form).getByText('Enter a reason.')).toBeTruthy();

    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), 'Researching ABM tools, 12 visits');
    await user.click(within(form).getByRole('button', { name: 'Send proposal' }));
    expect(await screen.findByText('Proposal sent for review.')).toBeTruthy();
    await expect.poll(meterText).toBe('1 of 15 used this quarter — Key accounts');
    await expect
      .poll(() => screen.getByTestId('tal-status').textContent)
      .toMatch(/^Proposed for the TAL by you on [A-Z][a-z]{2} \d{1,2}, \d{4}, waiting for a manager of Key accounts\.$/);
    expect((screen.getByTestId('propose') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('propose-blocked').textContent).toBe('Already proposed by you; a second proposal is not needed.');

    const [stored] = await listProposals(db, { accountId: 'A003' });
    expect(stored).toMatchObject({
      type: 'add',
      reason: 'Researching ABM tools, 12 visits',
      status: 'pending',
      evidence: { verdict: 'fit' },
    });
    expect(stored?.evidence?.segments).toEqual(['ent-prospects', 'ent-prospects-other']);

    const mine = screen.getByRole('region', { name: 'My proposals' });
    await expect.poll(() => within(mine).queryByText('Fabrikam Software')).not.toBeNull();
    await user.click(within(mine).getByRole('button', { name: 'Withdraw the proposal for Fabrikam Software' }));
    await expect.poll(() => within(mine).queryByText('Withdrawn')).not.toBeNull();
    await expect.poll(meterText).toBe('0 of 15 used this quarter — Key accounts');
    expect(screen.getByTestId('tal-status').textContent).toBe('Not on the TAL.');
    expect((screen.getByTestId('propose') as HTMLButtonElement).disabled).toBe(false);
  });

  it('attaches the rep’s judgments and descriptions to the proposal, for the reviewer', async () => {
    const user = userEvent.setup();
    const { db, services } = await panelServices();
    await saveAnswers(db, 'A003', { need: true, 'no-shift': false, pains: true }, new Date('2026-11-22T09:00:00Z'), {
      pains: '  Month-end close takes 9 days  ',
    });
    await renderPanel(services).then((panel) => panel.open('https://fabrikam.io/'));
    await user.click(await screen.findByRole('button', { name: 'Propose for TAL' }));
    const form = screen.getByRole('form', { name: 'Propose Fabrikam Software for the TAL' });
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), 'Judged a fit');
    await user.click(within(form).getByRole('button', { name: 'Send proposal' }));
    await screen.findByText('Proposal sent for review.');
    const [stored] = await listProposals(db, { accountId: 'A003' });
    expect(stored?.evidence?.judgments).toEqual([
      { id: 'need', answer: true },
      { id: 'no-shift', answer: false },
      { id: 'pains', answer: true, note: 'Month-end close takes 9 days' },
    ]);
  });

  it('says whose judgments the rep reads when a teammate gave them', async () => {
    const { db, services } = await panelServices();
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    await saveAnswers(db, 'A003', { need: true }, threeDaysAgo, {}, { by: { id: 'u-rita', name: 'Rita' } });
    await renderPanel(services).then((panel) => panel.open('https://fabrikam.io/'));
    expect((await screen.findByTestId('answered-by')).textContent).toBe('Judgments answered by Rita, 3 days ago');
  });

  it('says the quota is spent, and why, when the team has used it', async () => {
    const { db, services } = await panelServices();
    for (let i = 0; i < 15; i++) {
      await putProposal(db, {
        id: `old-${i}`,
        type: 'add',
        accountId: `X${i}`,
        reason: 'earlier',
        status: i % 2 ? 'approved' : 'pending',
        proposerId: 'rep-ka-1',
        team: 'ka',
        createdAt: new Date().toISOString(),
      });
    }
    const panel = await renderPanel(services);
    await panel.open('https://tailspintoys.com/');
    const button = await screen.findByRole('button', { name: 'Quota spent' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    const why = screen.getByTestId('propose-blocked');
    expect(button.getAttribute('aria-describedby')).toBe(why.id);
    expect(why.textContent).toBe('Your team has used all 15 additions this quarter. A withdrawn or rejected proposal frees a place.');
    expect(meterText()).toBe('15 of 15 used this quarter — Key accounts (spent)');
  });

  it('offers a removal for an account on the TAL, and explains a duplicate instead of allowing it', async () => {
    const user = userEvent.setup();
    const { services } = await panelServices();
    const panel = await renderPanel(services);
    await panel.open('https://contosobank.com/');
    await expect.poll(() => screen.queryByTestId('tal-status')?.textContent).toBe('On the TAL.');
    expect(screen.queryByTestId('quota-meter')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Propose removal' }));
    const form = screen.getByRole('form', { name: 'Propose removing Contoso Bank from the TAL' });
    await user.type(within(form).getByRole('textbox', { name: 'Reason' }), 'Existing customer, served by account management');
    await user.click(within(form).getByRole('button', { name: 'Send proposal' }));
    await expect
      .poll(() => screen.getByTestId('tal-status').textContent)
      .toMatch(/^Removal proposed by you on [A-Z][a-z]{2} \d{1,2}, \d{4}, waiting for a manager of Key accounts\.$/);
    expect((screen.getByRole('button', { name: 'Propose removal' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('propose-blocked').getAttribute('data-code')).toBe('duplicate');
  });

  it('says since when an account is on the TAL and who approved it', async () => {
    const { db, services } = await panelServices();
    await putProposal(db, {
      id: 'approved-1',
      type: 'add',
      accountId: 'A003',
      reason: 'Strong intent',
      status: 'approved',
      proposerId: 'rep-ka-2',
      team: 'ka',
      createdAt: '2026-11-18T09:00:00.000Z',
      deciderId: 'lead-ka',
      deciderName: 'Dana Lee',
      decidedAt: '2026-11-21T10:00:00.000Z',
    });
    await setTalOverride(
      db,
      { accountId: 'A003', onTal: true, source: 'proposal', reason: 'approved add' },
      new Date('2026-11-21T10:00:00Z'),
    );
    const panel = await renderPanel(services);
    await panel.open('https://fabrikam.io/');
    await expect.poll(() => screen.queryByTestId('tal-status')?.textContent).toBe('On the TAL since Nov 21, 2026, approved by Dana Lee.');
  });
});
