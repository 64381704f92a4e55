// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PriorityLine } from '@/components/icp/PriorityLine';
import { SegmentList } from '@/entrypoints/sidepanel/components/icp/SegmentList';
import { VerdictBadge } from '@/entrypoints/sidepanel/components/icp/VerdictBadge';
import { bare, evaluate, fabrikam } from './fixtures';
import { renderIn } from './render';

afterEach(cleanup);

describe('verdict, segments and priority', () => {
  it('shows the verdict with score and coverage in a live region the benchmark can find', async () => {
    const { icp } = evaluate(fabrikam, { strategy: true, goals: false });
    await renderIn(<VerdictBadge icp={icp} accountId="A003" />);
    const verdict = screen.getByTestId('verdict');
    expect(verdict.getAttribute('data-account-id')).toBe('A003');
    expect(verdict.getAttribute('role')).toBe('status');
    expect(verdict.getAttribute('data-verdict')).toBe('fit');
    expect(verdict.textContent).toContain('Fit');
    expect(verdict.textContent).toContain('score 88%');
    expect(verdict.textContent).toContain('coverage 53%');
  });

  it('says what data is missing rather than a score of nothing', async () => {
    const { icp } = evaluate(bare);
    await renderIn(<VerdictBadge icp={icp} accountId="X1" />);
    const verdict = screen.getByTestId('verdict').textContent ?? '';
    expect(verdict).toMatch(/Needs data — .+ and \d+ more unknown; 9 judgments unanswered$/);
    expect(verdict).not.toContain('score');
  });

  it('gives each verdict its main reason, in the reader’s language', async () => {
    const customer = evaluate({ ...fabrikam, customerType: 'customer' }).icp;
    await renderIn(<VerdictBadge icp={customer} accountId="A003" />);
    expect(screen.getByTestId('verdict').textContent).toBe('○ICP verdict: No fit — Not yet a customer fails (required)');
    cleanup();

    const fit = evaluate(fabrikam).icp;
    await renderIn(<VerdictBadge icp={fit} accountId="A003" />);
    expect(screen.getByTestId('verdict-reason').textContent).toMatch(/^ — (\d+) of \1 checks pass; 9 of your judgments unanswered$/);
    cleanup();

    await renderIn(<VerdictBadge icp={customer} accountId="A003" />, 'ru');
    expect(screen.getByTestId('verdict-reason').textContent).toBe(' — не выполнено: Not yet a customer (обязательно)');
    cleanup();
    await renderIn(<VerdictBadge icp={fit} accountId="A003" />, 'zh-CN');
    expect(screen.getByTestId('verdict-reason').textContent).toMatch(/项检查中 \d+ 项通过；您有 9 项判断未回答$/);
  });

  it('lists the matched segments, children after parents, with their goals', async () => {
    const { segments } = evaluate(fabrikam);
    await renderIn(<SegmentList segments={segments} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-segment-id'))).toEqual(['ent-prospects', 'ent-prospects-other']);
    expect(items[1]?.textContent).toContain('Goal: +15% site visits this half-year');
  });

  it('says when an account is in no segment', async () => {
    await renderIn(<SegmentList segments={evaluate(bare).segments} />);
    expect(screen.getByText('In no segment.')).toBeTruthy();
  });

  it('shows priority score and tier name in Russian', async () => {
    const { priority } = evaluate(fabrikam);
    await renderIn(<PriorityLine priority={priority} />, 'ru');
    expect(document.querySelector('.priority')?.textContent).toBe(
      `Уровень ${priority.tierName} · приоритет ${String(priority.score).replace('.', ',')}`,
    );
  });
});
