// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { getAnswers } from '@/lib/db';
import { accountShown, panelServices, renderPanel } from './panel-harness';

afterEach(cleanup);

const verdictOf = accountShown;

describe('the rep’s panel', () => {
  it('shows who the company is, whether it fits, its segment and tier and TAL status', async () => {
    const { services } = await panelServices();
    const panel = await renderPanel(services);
    await panel.open('https://www.fabrikam.io/pricing');
    await verdictOf('A003');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Fabrikam Software');
    expect(screen.getByTestId('verdict').textContent).toContain('Fit');
    expect(screen.getByTestId('verdict').textContent).toContain('coverage 40%');
    expect(document.querySelector('.account-head')?.textContent).toContain('Enterprise prospects › Other');
    expect(screen.getByTestId('tal-status').textContent).toBe('Not on the TAL.');
    const facts = screen.getByRole('region', { name: 'Company' });
    expect(facts.textContent).toContain('1,800');
    expect(facts.textContent).toContain('$240M');
    const fact = (field: string) => facts.querySelector(`[data-field="${field}"] dd`)?.textContent;
    expect([fact('city'), fact('region'), fact('country')]).toEqual(['Berlin', 'BE', 'DE']);
    expect([fact('ownerId'), fact('team')]).toEqual(['rep-ka-2', 'Key accounts']);
    expect(fact('customerType')).toBe('Prospect');
    expect(fact('intentTopics')).toBe('account-based marketing, crm');
    expect([fact('intentScore'), fact('engagementScore'), fact('qualificationScore')]).toEqual(['81', '55', '74']);
    expect(fact('lastVisitAt')).toBe('Nov 20, 2026');
    // The fields the playbook reads are marked; a field it does not read is shown unmarked.
    expect(facts.querySelector('[data-field="annualRevenue"] dt')?.textContent).toBe('Annual revenue ◆ (the playbook uses this)');
    expect(facts.querySelector('[data-field="techStack"] dt')?.textContent).toBe('Tech stack');
    expect(fact('techStack')).toBe('HubSpot, AWS');
    expect(screen.getByTestId('priority-line').textContent).toBe(
      'Tier 1:1 · priority 80.7 — ICP fit 100%, Intent score 81, Engagement score 55',
    );
  });

  it('shows a missing value as missing, not as zero', async () => {
    const { services } = await panelServices();
    const panel = await renderPanel(services);
    await panel.open('https://alpineskihouse.com/');
    await verdictOf('A016');
    const facts = screen.getByRole('region', { name: 'Company' });
    expect(facts.querySelector('[data-field="employees"] dd')?.textContent).toBe('missing');
  });

  it('follows tab switches without showing the previous company under the next page', async () => {
    let release: () => void = () => {};
    const { services } = await panelServices({
      slowRecognition: (url) => (url.includes('contoso') ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve()),
    });
    const panel = await renderPanel(services);
    await panel.open('https://fabrikam.io/');
    await verdictOf('A003');
    await panel.open('https://contosobank.com/');
    await expect.poll(() => screen.queryByTestId('verdict')).toBeNull();
    expect(screen.queryByText('Fabrikam Software')).toBeNull();
    release();
    await verdictOf('A002');
    expect(screen.getByTestId('company-name').textContent).toBe('Contoso Bank');
  });

  it('saves answers at once, re-scores the verdict live, and keeps them for the next panel', async () => {
    const user = userEvent.setup();
    const { db, services } = await panelServices();
    const panel = await renderPanel(services);
    await panel.open('https://fabrikam.io/');
    await verdictOf('A003');
    await user.click(screen.getByRole('button', { name: /^Your judgments/ }));
    await user.click(
      within(screen.getByRole('group', { name: 'Our service fits their strategic direction' })).getByRole('radio', { name: 'No' }),
    );
    await user.click(within(screen.getByRole('group', { name: 'Sales-ready' })).getByRole('radio', { name: 'No' }));
    await expect.poll(() => screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('partial');
    expect(screen.getByTestId('verdict').textContent).toContain('score 75%');
    expect((await getAnswers(db, 'A003'))?.answers).toEqual({ strategy: false, 'sales-ready': false });

    const pains = screen.getByRole('group', { name: "Pain points like our best customers'" });
    await user.click(within(pains).getByRole('radio', { name: 'Yes' }));
    await user.type(within(pains).getByRole('textbox', { name: 'Describe' }), 'Manual list building');
    await user.tab();
    await expect.poll(async () => (await getAnswers(db, 'A003'))?.notes).toEqual({ pains: 'Manual list building' });

    cleanup();
    const again = await renderPanel(services);
    await again.open('https://fabrikam.io/about');
    await verdictOf('A003');
    expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('partial');
    const strategy = screen.getByRole('group', { name: 'Our service fits their strategic direction' });
    expect((within(strategy).getByRole('radio', { name: 'No' }) as HTMLInputElement).checked).toBe(true);
    const painsAgain = screen.getByRole('group', { name: "Pain points like our best customers'" });
    expect((within(painsAgain).getByRole('textbox') as HTMLTextAreaElement).value).toBe('Manual list building');
  });
});
