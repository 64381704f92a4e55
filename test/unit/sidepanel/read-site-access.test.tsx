// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ReadSiteAccess } from '@/entrypoints/sidepanel/components/ReadSiteAccess';

function fakePermissions(granted: boolean, answer = true) {
  return { contains: vi.fn(async () => granted), request: vi.fn(async () => answer) };
}

describe('ReadSiteAccess', () => {
  it('asks for this site only, on the rep’s click, and disappears once granted', async () => {
    const permissions = fakePermissions(false, true);
    render(<ReadSiteAccess url="https://careers.acme.de/jobs?x=1" permissions={permissions} />);
    const button = await screen.findByRole('button', { name: 'Read careers.acme.de' });
    expect(permissions.request).not.toHaveBeenCalled();
    await userEvent.click(button);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://careers.acme.de/*'] });
    await expect.poll(() => screen.queryByRole('button')).toBeNull();
  });

  it('says what declining means', async () => {
    const permissions = fakePermissions(false, false);
    render(<ReadSiteAccess url="https://acme.de/" permissions={permissions} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Read acme.de' }));
    expect((await screen.findByRole('status')).textContent).toContain('by its address only');
  });

  it('shows nothing where access is granted, on CRM pages, or on pages without a site', async () => {
    const granted = fakePermissions(true);
    const { container, rerender } = render(<ReadSiteAccess url="https://acme.de/" permissions={granted} />);
    await expect.poll(() => granted.contains.mock.calls.length).toBe(1);
    expect(container.textContent).toBe('');
    const asked = fakePermissions(false);
    rerender(<ReadSiteAccess url="https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view" permissions={asked} />);
    expect(container.textContent).toBe('');
    rerender(<ReadSiteAccess url="chrome://settings" permissions={asked} />);
    expect(container.textContent).toBe('');
    expect(asked.contains).not.toHaveBeenCalled();
  });
});
