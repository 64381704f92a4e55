// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PriorityLine } from '@/entrypoints/sidepanel/components/icp/PriorityLine';
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

  it('says when there is no score yet rather than showing 0%', async () => {
    const { icp } = evaluate(bare);
    await renderIn(<VerdictBadge icp={icp} accountId="X1" />);
    expect(screen.getByTestId('verdict').textContent).toMatch(/Needs data.*no score yet · coverage 0%/);
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
      `Приоритет ${String(priority.score).replace('.', ',')} · уровень ${priority.tierName}`,
    );
  });
});
