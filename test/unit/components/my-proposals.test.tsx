// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MyProposals, type ProposalRow } from '@/entrypoints/sidepanel/components/proposal/MyProposals';
import type { Proposal } from '@/lib/schema/proposal';
import { renderIn } from './render';

afterEach(cleanup);

const base = { proposerId: 'rep-ka-2', team: 'ka', type: 'add', createdAt: '2026-11-20T09:00:00Z' } as const;
const rows: ProposalRow[] = [
  {
    proposal: { ...base, id: 'p1', accountId: 'A003', reason: 'Evaluating ABM tools', status: 'pending' },
    accountName: 'Fabrikam Software',
  },
  {
    proposal: { ...base, id: 'p2', accountId: 'A004', reason: 'Big retail', status: 'rejected', note: 'Consumer-facing, not our ICP' },
    accountName: 'Tailspin Toys',
  },
  {
    proposal: { ...base, id: 'p3', accountId: 'gone', reason: 'Old', status: 'approved', type: 'remove' } satisfies Proposal,
    accountName: null,
  },
];

describe('my proposals', () => {
  it('lists status, the reviewer’s note, and withdraw for pending ones only', async () => {
    await renderIn(<MyProposals rows={rows} onWithdraw={vi.fn()} />);
    const [pending, rejected, approved] = screen.getAllByRole('listitem') as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(pending).getByText('Pending')).toBeTruthy();
    expect(within(pending).getByRole('button', { name: 'Withdraw the proposal for Fabrikam Software' })).toBeTruthy();
    expect(within(rejected).getByText('Rejected')).toBeTruthy();
    expect(within(rejected).getByText('Reviewer’s note: Consumer-facing, not our ICP')).toBeTruthy();
    expect(within(rejected).queryByRole('button')).toBeNull();
    expect(approved.textContent).toContain('gone');
    expect(approved.textContent).toContain('Remove');
  });

  it('says when a team proposal waits in the outbox, and shows a server refusal in its own words', async () => {
    const team: ProposalRow[] = [
      { ...(rows[0] as ProposalRow), delivery: 'waiting' },
      {
        proposal: { ...base, id: 'p4', accountId: 'A005', reason: 'x', status: 'rejected', note: 'Not sent: quota spent' },
        accountName: 'Woodgrove Financial',
        delivery: 'refused',
      },
    ];
    await renderIn(<MyProposals rows={team} onWithdraw={vi.fn()} />);
    const [waiting, refused] = screen.getAllByRole('listitem') as [HTMLElement, HTMLElement];
    expect(waiting.textContent).toContain('Waiting to be sent');
    expect(within(refused).getByText('Not sent: quota spent')).toBeTruthy();
    expect(refused.textContent).not.toContain('Reviewer’s note');
    expect(screen.getAllByRole('listitem').filter((li) => li.textContent?.includes('Waiting to be sent'))).toHaveLength(1);
  });

  it('withdraws a pending proposal and confirms it', async () => {
    const user = userEvent.setup();
    const onWithdraw = vi.fn(async () => ({ ok: true, proposal: { ...rows[0]!.proposal, status: 'withdrawn' } }) as const);
    await renderIn(<MyProposals rows={rows} onWithdraw={onWithdraw} />);
    await user.click(screen.getByRole('button', { name: 'Withdraw the proposal for Fabrikam Software' }));
    expect(onWithdraw).toHaveBeenCalledWith('p1');
    expect((await screen.findByText('Proposal withdrawn.')).getAttribute('role')).toBe('status');
  });

  it('explains a refused withdrawal', async () => {
    const user = userEvent.setup();
    const onWithdraw = vi.fn(async () => ({ ok: false, refusal: { code: 'already-decided', message: 'decided' } }) as const);
    await renderIn(<MyProposals rows={rows} onWithdraw={onWithdraw} />);
    await user.click(screen.getByRole('button', { name: 'Withdraw the proposal for Fabrikam Software' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This proposal has already been decided.');
  });

  it('says when there are none', async () => {
    await renderIn(<MyProposals rows={[]} onWithdraw={vi.fn()} />, 'zh-CN');
    expect(screen.getByText('您还没有提议任何账户。')).toBeTruthy();
  });

  it('offers to send a refused or failed team proposal again, or to discard it; a name kept on the proposal stands in for a missing account', async () => {
    const user = userEvent.setup();
    const onResend = vi.fn(async (id: string) => ({
      ok: true as const,
      proposal: { ...base, id, accountId: 'A9', reason: 'r', status: 'pending' as const },
      queued: true,
    }));
    const onWithdraw = vi.fn(async (id: string) => ({
      ok: true as const,
      proposal: { ...base, id, accountId: 'A9', reason: 'r', status: 'withdrawn' as const },
    }));
    const failed: ProposalRow = {
      proposal: {
        ...base,
        id: 'k1',
        accountId: 'A9',
        accountName: 'Contoso Pharma',
        reason: 'r',
        status: 'rejected',
        note: 'the server failed to answer',
      },
      accountName: null,
      delivery: 'refused',
    };
    await renderIn(<MyProposals rows={[failed]} onWithdraw={onWithdraw} onResend={onResend} />);
    const item = screen.getByRole('listitem');
    expect(item.textContent).toContain('Contoso Pharma');
    expect(item.textContent).toContain('the server failed to answer');
    await user.click(within(item).getByRole('button', { name: 'Send the proposal for Contoso Pharma again' }));
    expect(onResend).toHaveBeenCalledWith('k1');
    expect(await screen.findByText('Sent again.')).toBeTruthy();
    await user.click(within(item).getByRole('button', { name: 'Discard the proposal for Contoso Pharma' }));
    expect(onWithdraw).toHaveBeenCalledWith('k1');
  });
});
