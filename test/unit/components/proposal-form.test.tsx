// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProposalForm } from '@/entrypoints/sidepanel/components/proposal/ProposalForm';
import type { ProposeResult } from '@/lib/services/tal/tal-service';
import { evaluate, fabrikam } from './fixtures';
import { renderIn } from './render';

afterEach(cleanup);

const quota = { team: 'ka', teamName: 'Key accounts', period: 'quarter', used: 4, limit: 15 };
const sent: ProposeResult = {
  ok: true,
  queued: false,
  proposal: {
    id: 'p1',
    type: 'add',
    accountId: 'A003',
    reason: 'Evaluating ABM tools',
    status: 'pending',
    proposerId: 'rep-ka-2',
    team: 'ka',
    createdAt: '2026-11-23T10:00:00Z',
  },
};

function setup(onSubmit = vi.fn(async (_reason: string) => sent)) {
  const onDone = vi.fn();
  const onCancel = vi.fn();
  const view = renderIn(
    <ProposalForm
      type="add"
      accountName="Fabrikam Software"
      evaluation={evaluate(fabrikam)}
      quota={quota}
      onSubmit={onSubmit}
      onCancel={onCancel}
      onDone={onDone}
    />,
  );
  return { view, onSubmit, onDone, onCancel };
}

describe('proposal form', () => {
  it('shows the evidence that will be attached and the quota', async () => {
    await setup().view;
    expect(screen.getByRole('heading', { name: 'Propose Fabrikam Software for the TAL' })).toBeTruthy();
    const evidence = document.querySelector('.evidence-summary')?.textContent ?? '';
    expect(evidence).toContain('Fit — 5 of 5 checks pass; 9 of your judgments unanswered · score 100% · coverage 40%');
    expect(evidence).toContain('Segment: Enterprise prospects › Other');
    expect(screen.getByTestId('quota-meter').textContent).toContain('4 of 15 used this quarter — Key accounts');
  });

  it('refuses to send without a reason, says why, and focuses the reason', async () => {
    const user = userEvent.setup();
    const { view, onSubmit } = setup();
    await view;
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Send proposal' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const reason = screen.getByRole('textbox', { name: 'Reason' });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(reason.getAttribute('aria-describedby')).toContain(screen.getByText('Enter a reason.').id);
    expect(document.activeElement).toBe(reason);
  });

  it('sends the trimmed reason and reports the accepted proposal', async () => {
    const user = userEvent.setup();
    const { view, onSubmit, onDone } = setup();
    await view;
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), '  Evaluating ABM tools ');
    await user.click(screen.getByRole('button', { name: 'Send proposal' }));
    expect(onSubmit).toHaveBeenCalledWith('Evaluating ABM tools');
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(sent));
  });

  it('explains a refusal from the TAL service and keeps the reason', async () => {
    const user = userEvent.setup();
    const refuse = vi.fn(async () => ({ ok: false, refusal: { code: 'quota-exceeded', message: 'spent', used: 15, limit: 15 } }) as const);
    const { view, onDone } = setup(refuse);
    await view;
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'Strong intent');
    await user.click(screen.getByRole('button', { name: 'Send proposal' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The quota is spent: 15 of 15 used.');
    expect(onDone).not.toHaveBeenCalled();
    expect((screen.getByRole('textbox', { name: 'Reason' }) as HTMLTextAreaElement).value).toBe('Strong intent');
  });

  it('cancels', async () => {
    const user = userEvent.setup();
    const { view, onCancel } = setup();
    await view;
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
  });
});
