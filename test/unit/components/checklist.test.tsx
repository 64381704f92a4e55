// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Checklist } from '@/components/icp/Checklist';
import { bare, evaluate, fabrikam } from './fixtures';
import { renderIn } from './render';

afterEach(cleanup);

const describing = new Set(['pains', 'customers', 'competitors', 'values']);

describe('ICP checklist', () => {
  it('groups criteria by section, each rule criterion with its evidence', async () => {
    const { icp } = evaluate(fabrikam);
    await renderIn(<Checklist criteria={icp.criteria} describe={describing} onAnswer={vi.fn()} />);
    const fit = screen.getByRole('region', { name: 'Common ICP considerations' });
    const loyalty = screen.getByRole('region', { name: 'Brand loyalty traits' });
    expect(within(fit).getAllByRole('listitem')).toHaveLength(10);
    expect(within(loyalty).getAllByRole('listitem')).toHaveLength(4);
    const employees = fit.querySelector('[data-criterion-id="employees"]') as HTMLElement;
    expect(within(employees).getByText('Pass')).toBeTruthy();
    expect(employees.textContent).toContain('employees 1,800 — within 50–10,000');
    expect(fit.querySelector('[data-criterion-id="not-customer"]')?.textContent).toContain('required');
  });

  it('shows a missing value as unknown with the field named, not as zero', async () => {
    const { icp } = evaluate(bare);
    await renderIn(<Checklist criteria={icp.criteria} />);
    const employees = document.querySelector('[data-criterion-id="employees"]') as HTMLElement;
    expect(within(employees).getByText('Unknown')).toBeTruthy();
    expect(employees.textContent).toContain('employees missing');
  });

  it('answers a manual criterion yes or no by keyboard, and clears it', async () => {
    const user = userEvent.setup();
    const onAnswer = vi.fn();
    const { rerender } = await renderIn(<Checklist criteria={evaluate(fabrikam).icp.criteria} onAnswer={onAnswer} />);
    const strategy = screen.getByRole('group', { name: 'Our service fits their strategic direction' });
    const yes = within(strategy).getByRole('radio', { name: 'Yes' });
    yes.focus();
    await user.keyboard(' ');
    expect(onAnswer).toHaveBeenLastCalledWith('strategy', true);
    await user.click(within(strategy).getByRole('radio', { name: 'No' }));
    expect(onAnswer).toHaveBeenLastCalledWith('strategy', false);

    // The parent re-evaluates with the stored answer: the radio reflects it, and it can be cleared.
    rerender(<Checklist criteria={evaluate(fabrikam, { strategy: false }).icp.criteria} onAnswer={onAnswer} />);
    const answered = screen.getByRole('group', { name: 'Our service fits their strategic direction' });
    expect((within(answered).getByRole('radio', { name: 'No' }) as HTMLInputElement).checked).toBe(true);
    expect(answered.closest('li')?.getAttribute('data-status')).toBe('fail');
    await user.click(within(answered).getByRole('button', { name: 'Clear the answer to “Our service fits their strategic direction”' }));
    expect(onAnswer).toHaveBeenLastCalledWith('strategy', null);
  });

  it('offers a text box where the playbook asks for a description, saved when the rep leaves it', async () => {
    const user = userEvent.setup();
    const onNote = vi.fn();
    await renderIn(
      <Checklist
        criteria={evaluate(fabrikam).icp.criteria}
        describe={describing}
        notes={{ pains: 'Long sales cycles' }}
        onAnswer={vi.fn()}
        onNote={onNote}
      />,
    );
    const pains = screen.getByRole('group', { name: "Pain points like our best customers'" });
    const box = within(pains).getByRole('textbox', { name: 'Describe' });
    expect((box as HTMLTextAreaElement).value).toBe('Long sales cycles');
    await user.type(box, ' and churn');
    expect(onNote).not.toHaveBeenCalled();
    await user.tab();
    expect(onNote).toHaveBeenCalledWith('pains', 'Long sales cycles and churn');
    const strategy = screen.getByRole('group', { name: 'Our service fits their strategic direction' });
    expect(within(strategy).queryByRole('textbox')).toBeNull();
  });

  it('is read-only without an answer callback (the manager’s review)', async () => {
    await renderIn(<Checklist criteria={evaluate(fabrikam, { strategy: true }).icp.criteria} notes={{ strategy: 'Moving to ABM' }} />);
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    const strategy = document.querySelector('[data-criterion-id="strategy"]') as HTMLElement;
    expect(within(strategy).getByText('Pass')).toBeTruthy();
    expect(strategy.textContent).toContain('Moving to ABM');
  });
});
