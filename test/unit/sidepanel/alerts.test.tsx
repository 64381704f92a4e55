// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { importAccounts, readAlerts, savePlaybookVersion, scanAlerts, type TalDb } from '@/lib/db';
import { parsePlaybook } from '@/lib/schema/load-playbook';
import { focusAccountItem } from '@/lib/settings/alerts';
import { readRepoFile } from '../db/helpers';
import { accountShown, panelServices, renderPanel } from './panel-harness';

afterEach(cleanup);

const NOW = new Date('2026-11-23T00:00:00Z');
const example = (file: string) => readRepoFile(`test/fixtures/examples/${file}`);

/** The alerts playbook, the accounts, then the accounts after a change, scanned as the background scans them. */
async function withFiredAlerts(db: TalDb) {
  const parsed = parsePlaybook(JSON.parse(example('playbook-alerts.json')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await savePlaybookVersion(db, parsed.playbook, 'file', NOW);
  for (const file of ['accounts.csv', 'accounts-after.csv']) {
    await importAccounts(db, [example(file)], { fileName: file, mode: 'replace', now: () => NOW });
    await scanAlerts(db, { now: NOW, isFor: () => true });
  }
}

describe('alerts in the panel', () => {
  it('lists the alerts that fired with the unread count; opening one shows its account and marks it read; a rule can be muted', async () => {
    const user = userEvent.setup();
    const { db, services } = await panelServices({ seed: false });
    await withFiredAlerts(db);
    const panel = await renderPanel(services);
    await panel.open('https://fabrikam.io/');
    await accountShown('A003');
    const alerts = screen.getByTestId('alerts');
    expect(within(alerts).getByRole('heading').textContent).toBe('Alerts · 5 new');
    expect(alerts.hasAttribute('open')).toBe(false);
    await user.click(within(alerts).getByRole('heading'));
    expect(alerts.hasAttribute('open')).toBe(true);
    const items = within(alerts)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items[0]).toMatch(/^New: Intent score reached 70 — Contoso Bank /);
    await user.click(within(alerts).getByRole('button', { name: 'Contoso Bank' }));
    await accountShown('A002');
    await expect.poll(() => within(screen.getByTestId('alerts')).getByRole('heading').textContent).toBe('Alerts · 4 new');

    await user.click(within(alerts).getByRole('checkbox', { name: 'Reached the opportunity stage' }));
    await expect.poll(async () => (await readAlerts(db))?.muted).toEqual(['opportunity']);
    await user.click(within(alerts).getByRole('button', { name: 'Mark all read' }));
    await expect.poll(() => within(screen.getByTestId('alerts')).getByRole('heading').textContent).toBe('Alerts');
  });

  it('shows the account a clicked notification names, once, then lets the tab lead again', async () => {
    const { db, services } = await panelServices({ seed: false });
    await withFiredAlerts(db);
    const panel = await renderPanel(services);
    await focusAccountItem.setValue({ accountId: 'A004', at: 1 });
    await panel.open('https://fabrikam.io/');
    await accountShown('A004');
    await expect.poll(() => focusAccountItem.getValue()).toBeNull();
  });
});
