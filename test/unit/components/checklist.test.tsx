// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Checklist } from '@/components/icp/Checklist';
import { bare, evaluate, fabrikam } from './fixtures';
import { renderIn } from './render';

afterEach(cleanup);

const describing = new Set(['pains', 'customers', 'competitors', 'values']);
const judgmentsButton = () => screen.getByRole('button', { name: /^Your judgments/ });
const item = (id: string) => document.querySelector(`[data-criterion-id="${id}"]`) as HTMLElement;

describe('ICP checklist', () => {
  it('shows what the data decides first, each check counted and explained in people’s words', async () => {
    const { icp } = evaluate(fabrikam);
    await renderIn(<Checklist criteria={icp.criteria} currency="USD" describe={describing} onAnswer={vi.fn()} />);
    const data = screen.getByRole('region', { name: 'From the data · 5 of 5 pass' });
    expect(within(data).getAllByRole('listitem')).toHaveLength(5);
    const revenue = item('revenue');
    expect(within(revenue).getByText('Pass')).toBeTruthy();
    expect(revenue.textContent).toContain('Annual revenue $240M — within $5M–$2B');
    expect(item('not-customer').textContent).toContain('Customer type Prospect — not Customer');
    expect(item('not-customer').textContent).toContain('required');
  });

  it('writes money in the playbook’s currency and the rep’s language', async () => {
    await renderIn(<Checklist criteria={evaluate(fabrikam).icp.criteria} currency="EUR" />, 'ru');
    expect(item('revenue').textContent).toMatch(/Годовая выручка 240\sмлн\s€ — в пределах 5\sмлн\s€–2\sмлрд\s€/u);
  });

  it('shows a missing value as no data with the field named, not as zero', async () => {
    const { icp } = evaluate(bare);
    await renderIn(<Checklist criteria={icp.criteria} currency="USD" />);
    expect(screen.getByRole('region', { name: 'From the data · 0 of 5 pass' })).toBeTruthy();
    expect(within(item('employees')).getByText('No data')).toBeTruthy();
    expect(item('employees').textContent).toContain('Employees missing');
  });

  it('folds the rep’s judgments away, counting those still to answer, and opens them on demand', async () => {
    const user = userEvent.setup();
    const { rerender } = await renderIn(<Checklist criteria={evaluate(fabrikam).icp.criteria} currency="USD" onAnswer={vi.fn()} />);
    const button = judgmentsButton();
    expect(button.textContent).toContain('9 of 9 to answer');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('group', { name: 'Our service fits their strategic direction' })).toBeNull();
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('group', { name: 'Our service fits their strategic direction' })).toBeTruthy();
    // Two playbook sections among the judgments: each under its title.
    expect(screen.getByRole('region', { name: 'Common ICP considerations' })).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Brand loyalty traits' })).getAllByRole('listitem')).toHaveLength(4);

    const answered = { strategy: true, goals: true, need: false, 'no-shift': true, 'sales-ready': true };
    rerender(<Checklist criteria={evaluate(fabrikam, answered).icp.criteria} currency="USD" onAnswer={vi.fn()} />);
    expect(judgmentsButton().textContent).toContain('4 of 9 to answer');
    const all = { ...answered, pains: true, customers: true, competitors: false, values: true };
    rerender(<Checklist criteria={evaluate(fabrikam, all).icp.criteria} currency="USD" onAnswer={vi.fn()} />);
    expect(judgmentsButton().textContent).toContain('all 9 answered');
  });

  it('answers a judgment yes or no with one key or click, and clears it', async () => {
    const user = userEvent.setup();
    const onAnswer = vi.fn();
    const { rerender } = await renderIn(<Checklist criteria={evaluate(fabrikam).icp.criteria} currency="USD" onAnswer={onAnswer} />);
    await user.click(judgmentsButton());
    const strategy = screen.getByRole('group', { name: 'Our service fits their strategic direction' });
    const yes = within(strategy).getByRole('radio', { name: 'Yes' });
    yes.focus();
    await user.keyboard(' ');
    expect(onAnswer).toHaveBeenLastCalledWith('strategy', true);
    await user.click(within(strategy).getByRole('radio', { name: 'No' }));
    expect(onAnswer).toHaveBeenLastCalledWith('strategy', false);

    // The parent re-evaluates with the stored answer: the radio reflects it, and it can be cleared.
    rerender(<Checklist criteria={evaluate(fabrikam, { strategy: false }).icp.criteria} currency="USD" onAnswer={onAnswer} />);
    const answered = screen.getByRole('group', { name: 'Our service fits their strategic direction' });
    expect((within(answered).getByRole('radio', { name: 'No' }) as HTMLInputElement).checked).toBe(true);
    expect(answered.closest('li')?.getAttribute('data-status')).toBe('fail');
    expect(item('strategy').querySelector('.status-mark')?.textContent).toContain('No');
    await user.click(within(answered).getByRole('button', { name: 'Clear the answer to “Our service fits their strategic direction”' }));
    expect(onAnswer).toHaveBeenLastCalledWith('strategy', null);
  });

  it('opens the description box once a judgment the playbook asks to describe is answered', async () => {
    const user = userEvent.setup();
    const onNote = vi.fn();
    const props = { currency: 'USD', describe: describing, onAnswer: vi.fn(), onNote };
    const { rerender } = await renderIn(<Checklist criteria={evaluate(fabrikam).icp.criteria} {...props} />);
    await user.click(judgmentsButton());
    const values = screen.getByRole('group', { name: 'Values and goals like ours' });
    expect(within(values).queryByRole('textbox')).toBeNull();
    await user.click(within(values).getByRole('radio', { name: 'Yes' }));
    const box = within(values).getByRole('textbox', { name: 'Describe' });
    await user.type(box, 'Open and direct');
    expect(onNote).not.toHaveBeenCalled();
    await user.tab();
    expect(onNote).toHaveBeenCalledWith('values', 'Open and direct');

    // A description written before stays in view, answered or not; a judgment not asking for one never shows a box.
    rerender(<Checklist criteria={evaluate(fabrikam).icp.criteria} {...props} notes={{ pains: 'Long sales cycles' }} />);
    const pains = screen.getByRole('group', { name: "Pain points like our best customers'" });
    expect((within(pains).getByRole('textbox', { name: 'Describe' }) as HTMLTextAreaElement).value).toBe('Long sales cycles');
    await user.click(
      within(screen.getByRole('group', { name: 'Our service fits their strategic direction' })).getByRole('radio', { name: 'Yes' }),
    );
    expect(within(screen.getByRole('group', { name: 'Our service fits their strategic direction' })).queryByRole('textbox')).toBeNull();
  });

  it('is read-only and open without an answer callback (the manager’s review)', async () => {
    await renderIn(
      <Checklist criteria={evaluate(fabrikam, { strategy: true }).icp.criteria} currency="USD" notes={{ strategy: 'Moving to ABM' }} />,
    );
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(judgmentsButton().getAttribute('aria-expanded')).toBe('true');
    expect(item('strategy').querySelector('.status-mark')?.textContent).toContain('Yes');
    expect(item('strategy').textContent).toContain('Moving to ABM');
  });
});
