// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QuotaMeter, quotaState } from '@/entrypoints/sidepanel/components/proposal/QuotaMeter';
import { renderIn } from './render';

afterEach(cleanup);

const ka = { team: 'ka', teamName: 'Key accounts', period: 'quarter' };

describe('quota meter', () => {
  it('reads "12 of 15 used this quarter — Key accounts" with a labelled meter', async () => {
    await renderIn(<QuotaMeter quota={{ ...ka, used: 12, limit: 15 }} />);
    const meter = screen.getByRole('meter', { name: /12 of 15 used this quarter — Key accounts/ });
    expect(meter.getAttribute('value')).toBe('12');
    expect(screen.getByTestId('quota-meter').getAttribute('data-state')).toBe('low');
    expect(screen.getByTestId('quota-meter').textContent).toContain('(almost spent)');
  });

  it('has room, is almost spent, or is spent, and says so in words', async () => {
    expect(quotaState({ used: 3, limit: 15 })).toBe('ok');
    expect(quotaState({ used: 12, limit: 15 })).toBe('low');
    expect(quotaState({ used: 14, limit: 15 })).toBe('low');
    expect(quotaState({ used: 15, limit: 15 })).toBe('spent');
    expect(quotaState({ used: 16, limit: 15 })).toBe('spent');
    expect(quotaState({ used: 0, limit: 0 })).toBe('spent');
    expect(quotaState({ used: 0, limit: 1 })).toBe('low');
    await renderIn(<QuotaMeter quota={{ ...ka, used: 15, limit: 15 }} />);
    expect(screen.getByTestId('quota-meter').textContent).toBe('15 of 15 used this quarter — Key accounts (spent)');
    cleanup();
    await renderIn(<QuotaMeter quota={{ ...ka, used: 3, limit: 15 }} />);
    expect(screen.getByTestId('quota-meter').textContent).toBe('3 of 15 used this quarter — Key accounts');
  });

  it('speaks Russian and Chinese, and falls back to the team id without a name', async () => {
    await renderIn(<QuotaMeter quota={{ team: 'mm', period: 'month', used: 1, limit: 30 }} />, 'ru');
    expect(screen.getByTestId('quota-meter').textContent).toBe('Использовано 1 из 30 в этом месяце — mm');
    cleanup();
    await renderIn(<QuotaMeter quota={{ ...ka, period: 'none', used: 2, limit: 15 }} />, 'zh-CN');
    expect(screen.getByTestId('quota-meter').textContent).toBe('总计已用 2 / 15 — Key accounts');
  });
});
