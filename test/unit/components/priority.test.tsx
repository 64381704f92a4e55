// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PriorityBreakdown } from '@/components/icp/PriorityBreakdown';
import { PriorityLine } from '@/components/icp/PriorityLine';
import { explainPriority } from '@/lib/rules/priority-explain';
import type { Account } from '@/lib/schema/account';
import { evaluate, examplePlaybook, fabrikam } from './fixtures';
import { renderIn } from './render';

afterEach(cleanup);

const settings = examplePlaybook().priority;
const whyOf = (account: Account) => explainPriority(settings, account, evaluate(account).icp.score);
/** Fabrikam with less intent and no engagement score: tier 1:few, 15.7 points short of 1:1. */
const cooler: Account = { ...fabrikam, intentScore: 40, engagementScore: undefined, annualRevenue: undefined };

describe('priority line', () => {
  it('says the tier, the score and the factors that put it there', async () => {
    await renderIn(<PriorityLine priority={evaluate(fabrikam).priority} why={whyOf(fabrikam)} currency="USD" />);
    expect(screen.getByTestId('priority-line').textContent).toBe(
      'Tier 1:1 · priority 80.7 — ICP fit 100%, Intent score 81, Engagement score 55',
    );
  });

  it('says the same in Russian and Chinese', async () => {
    await renderIn(<PriorityLine priority={evaluate(fabrikam).priority} why={whyOf(fabrikam)} />, 'ru');
    expect(screen.getByTestId('priority-line').textContent).toBe(
      'Уровень 1:1 · приоритет 80,7 — Соответствие ICP 100\u00a0%, Оценка намерения 81, Оценка вовлечённости 55',
    );
    cleanup();
    await renderIn(<PriorityLine priority={evaluate(fabrikam).priority} why={whyOf(fabrikam)} />, 'zh-CN');
    expect(screen.getByTestId('priority-line').textContent).toBe('层级 1:1 · 优先级 80.7 — ICP 匹配度 100%、意向评分 81、互动评分 55');
  });

  it('says when no tier is reached', async () => {
    await renderIn(<PriorityLine priority={{ score: 12.5, tier: null, tierName: null }} />);
    expect(screen.getByTestId('priority-line').textContent).toBe('No tier · priority 12.5');
  });
});

describe('priority breakdown', () => {
  it('shows each factor’s value, points and weight as a bar, the track as long as the points it could give', async () => {
    await renderIn(<PriorityBreakdown why={whyOf(fabrikam)} currency="USD" />);
    const section = screen.getByRole('region', { name: 'Why this priority' });
    const rows = within(section).getAllByRole('listitem');
    expect(rows.map((row) => row.getAttribute('data-factor-id'))).toEqual(['fit', 'intent', 'engagement', 'revenue-potential']);
    expect(rows[0]?.textContent).toBe('ICP fit 100%42.9 of 42.9 points · weight 3');
    expect(rows[3]?.textContent).toBe('Annual revenue $240M6.9 of 14.3 points · weight 1');
    const widths = rows.map((row) => [
      (row.querySelector('.factor-track') as HTMLElement).style.width,
      (row.querySelector('.factor-fill') as HTMLElement).style.width,
    ]);
    expect(widths[0]).toEqual(['100%', '100%']);
    expect(widths[1]?.[0]).toMatch(/^66\.66/);
    expect(Number.parseFloat(widths[1]?.[1] ?? '')).toBeCloseTo(81, 5);
    // At the top tier there is nothing to move up to.
    expect(screen.queryByTestId('priority-next')).toBeNull();
  });

  it('says a missing factor counts as 0, and which single value would move the account up a tier', async () => {
    await renderIn(<PriorityBreakdown why={whyOf(cooler)} currency="USD" />);
    const engagement = document.querySelector('[data-factor-id="engagement"]') as HTMLElement;
    expect(engagement.textContent).toContain('Engagement score missing, counts as 0');
    expect(screen.getByTestId('priority-next').textContent).toBe('To reach tier 1:1 (15.7 more points): Intent score 95 would do it.');
  });

  it('says it in Russian and Chinese, with money in the playbook’s currency', async () => {
    await renderIn(<PriorityBreakdown why={whyOf(cooler)} currency="EUR" />, 'ru');
    expect(screen.getByTestId('priority-next').textContent).toBe(
      'До уровня 1:1 не хватает 15,7 баллов: хватит одного — Оценка намерения 95.',
    );
    cleanup();
    await renderIn(<PriorityBreakdown why={whyOf(fabrikam)} currency="EUR" />, 'zh-CN');
    expect(document.querySelector('[data-factor-id="revenue-potential"]')?.textContent).toBe('年收入 2.4亿欧元14.3 分中得 6.9 分 · 权重 1');
  });

  it('says when no single factor can lift the account to the next tier', async () => {
    // Every data check fails (ICP fit 0%), and nothing else scores: neither factor alone reaches 45 points.
    const far: Account = { id: 'F1', name: 'Far Ltd', customerType: 'customer', industry: 'Mining', employees: 5, qualificationScore: 10 };
    const why = whyOf(far);
    expect(why.tier?.name).toBe('1:many');
    await renderIn(<PriorityBreakdown why={why} currency="USD" />);
    expect(screen.getByTestId('priority-next').textContent).toMatch(
      /^No single factor lifts it to tier 1:few \([\d.]+ more points\) on its own\.$/,
    );
  });
});
