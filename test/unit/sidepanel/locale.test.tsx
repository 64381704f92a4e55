// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localeSetting } from '@/lib/settings/items';
import { panelServices, renderPanel } from './panel-harness';

afterEach(cleanup);

describe('the panel’s language', () => {
  it('switches from English to Russian and Chinese in the panel’s settings, and keeps the choice', async () => {
    const user = userEvent.setup();
    const { services } = await panelServices();
    const panel = await renderPanel(services);
    await panel.open('https://fabrikam.io/');
    await expect.poll(() => screen.queryByTestId('verdict')?.textContent).toContain('Fit');
    expect(await screen.findByRole('heading', { name: 'ICP checklist' })).toBeTruthy();

    const settings = screen.getByRole('button', { name: /Settings/ });
    expect(settings.getAttribute('aria-expanded')).toBe('false');
    await user.click(settings);
    expect(settings.getAttribute('aria-expanded')).toBe('true');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Русский');

    await expect.poll(() => screen.queryByRole('heading', { name: 'Чек-лист ICP' })).not.toBeNull();
    expect(await localeSetting.getValue()).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
    expect(screen.getByTestId('verdict').textContent).toContain('Подходит');
    expect(screen.getByRole('heading', { name: 'По данным · выполнено 5 из 5' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Предложить в TAL' })).toBeTruthy();
    expect(screen.getByTestId('quota-meter').textContent).toBe('Использовано 0 из 15 в этом квартале — Key accounts');
    expect(document.querySelector('[data-criterion-id="employees"]')?.textContent).toContain('Да');
    expect(screen.getByRole('heading', { name: 'Мои предложения' })).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Язык' }), '简体中文');
    await expect.poll(() => screen.queryByRole('heading', { name: 'ICP 检查清单' })).not.toBeNull();
    expect(screen.getByTestId('verdict').textContent).toContain('符合');
    expect(screen.getByRole('button', { name: '提议加入 TAL' })).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), '');
    await expect.poll(() => screen.queryByRole('heading', { name: 'ICP checklist' })).not.toBeNull();
    expect(await localeSetting.getValue()).toBe('auto');
  });

  it('leads from the panel’s settings to the options page, where the rest of the settings are', async () => {
    const user = userEvent.setup();
    const { services } = await panelServices();
    const openOptions = vi.fn();
    await renderPanel({ ...services, openOptions });
    await user.click(screen.getByRole('button', { name: /Settings/ }));
    await user.click(screen.getByRole('button', { name: 'All settings (playbook, data, team)' }));
    expect(openOptions).toHaveBeenCalledOnce();
  });
});
