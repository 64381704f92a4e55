// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecertifySection } from '@/entrypoints/options/recertify/RecertifySection';
import { TalSection } from '@/entrypoints/options/tal/TalSection';
import { listProposals, listRecertifications, savePlaybookVersion, type TalDb } from '@/lib/db';
import { createLocalTalService } from '@/lib/services/tal/local-tal-service';
import { SOLO_ACTOR_ID } from '@/lib/services/tal/solo-actor';
import type { Actor } from '@/lib/services/tal/tal-service';
import { examplePlaybook } from './fixtures';
import { renderSection, testOptionsServices } from './options-services';
import { dropDb, seededDb } from './seed-db';

afterEach(cleanup);

const NOW = Date.parse('2026-11-23T00:00:00Z');
const solo: Actor = { id: SOLO_ACTOR_ID, name: 'You', role: 'manager', team: 'ka' };
let db: TalDb;
beforeEach(async () => {
  db = await seededDb();
});
afterEach(async () => {
  await dropDb(db);
});

const render = (actor: Actor) =>
  renderSection(
    <RecertifySection actor={actor} />,
    testOptionsServices(db, NOW, { tal: createLocalTalService({ db, now: () => new Date(NOW), actor }) }),
  );
const tableNames = () =>
  within(screen.getByTestId('recertify-table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('recertification in the options page', () => {
  it('shows the period’s progress, the flagged accounts first with their flags, and filters by flag and team', async () => {
    const user = userEvent.setup();
    await render(solo);
    expect((await screen.findByTestId('recertify-progress')).textContent).toBe('0 of 5 confirmed this period · 5 flagged');
    expect(screen.getByRole('heading', { name: 'Recertification 2026-Q4' })).toBeTruthy();
    const row = (name: string) => within(screen.getByTestId('recertify-table')).getByRole('row', { name: new RegExp(name) });
    expect(
      within(row('School of Fine Art'))
        .getAllByText(/No fit|Lowest tier/)
        .map((tag) => tag.textContent),
    ).toEqual(['No fit', 'Lowest tier']);
    expect(tableNames()[0]).toBe('School of Fine Art');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Flag' }), 'lowest-tier');
    expect(tableNames()).toEqual(['School of Fine Art']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Flag' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Team' }), 'ka');
    expect(tableNames()).toHaveLength(2);
  });

  it('keeps chosen accounts for the period with a reason, and the change log shows who, when and why; remove now takes one off', async () => {
    const user = userEvent.setup();
    await render(solo);
    await screen.findByTestId('recertify-table');
    await user.click(screen.getByRole('button', { name: 'Keep for this period' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose the accounts first.');
    await user.click(screen.getByRole('checkbox', { name: 'Choose Contoso Bank' }));
    await user.click(screen.getByRole('checkbox', { name: 'Choose Northwind Retail Group' }));
    await user.click(screen.getByRole('button', { name: 'Keep for this period' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter a reason: it goes into the change log.');
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'Renewal in Q1, exec sponsor engaged');
    await user.click(screen.getByRole('button', { name: 'Keep for this period' }));
    expect((await screen.findByRole('status')).textContent).toBe('Kept 2 accounts for 2026-Q4.');
    await expect.poll(() => screen.getByTestId('recertify-progress').textContent).toBe('2 of 5 confirmed this period · 5 flagged');
    expect((await listRecertifications(db, '2026-Q4')).map((r) => [r.accountId, r.action, r.actorName]).sort()).toEqual([
      ['A001', 'keep', 'You'],
      ['A002', 'keep', 'You'],
    ]);

    await user.click(screen.getByRole('checkbox', { name: 'Choose School of Fine Art' }));
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), 'Proven unfit: no budget two years running');
    await user.click(screen.getByRole('button', { name: 'Remove now' }));
    expect((await screen.findByRole('status')).textContent).toBe('Removed 1 account from the TAL.');
    await expect.poll(() => tableNames()).not.toContain('School of Fine Art');
    cleanup();

    await renderSection(<TalSection />, testOptionsServices(db, NOW));
    const log = await screen.findByTestId('tal-log');
    const lines = within(log)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(lines.some((l) => /Kept \(2026-Q4\)Contoso Bank/.test(l ?? '') && l?.includes('Renewal in Q1, exec sponsor engaged'))).toBe(
      true,
    );
    expect(lines.some((l) => /RemoveSchool of Fine Art/.test(l ?? '') && l?.includes('Recertification 2026-Q4: Proven unfit'))).toBe(true);
  });

  it('offers a rep no removal now, and shows them their team’s accounts only', async () => {
    await render({ id: 'rep-mm-1', name: 'Mo', role: 'rep', team: 'mm' });
    await screen.findByTestId('recertify-table');
    expect(screen.queryByRole('button', { name: 'Remove now' })).toBeNull();
    expect(tableNames()).toHaveLength(3);
  });

  it('suggests what fits but is not on the TAL, and proposes one in one click within the quota', async () => {
    const user = userEvent.setup();
    await renderSection(
      <TalSection actor={solo} />,
      testOptionsServices(db, NOW, { tal: createLocalTalService({ db, now: () => new Date(NOW), actor: solo }) }),
    );
    const card = await screen.findByTestId('suggestions');
    await expect.poll(() => within(card).queryAllByRole('rowheader').length).toBeGreaterThan(2);
    const first = within(card).getAllByRole('rowheader')[0];
    expect(first?.textContent).toBe('Humongous Insurance · humongousinsurance.com');
    await user.click(within(card).getByRole('button', { name: 'Propose Humongous Insurance' }));
    expect((await within(card).findByRole('status')).textContent).toBe('Humongous Insurance proposed for the TAL.');
    expect(within(card).queryByRole('button', { name: 'Propose Humongous Insurance' })).toBeNull();
    const [proposal] = await listProposals(db, { accountId: 'A017' });
    expect(proposal).toMatchObject({
      type: 'add',
      status: 'pending',
      reason: expect.stringMatching(/^Fits the ICP, not on the TAL \(1:1, priority \d+(\.\d)?\): suggested by TAL Scout$/),
    });
  });

  it('shows the measured segment goals with how far the data says each is', async () => {
    const playbook = examplePlaybook();
    const list = playbook.segments.list.map((segment) =>
      segment.id === 'ent-customers'
        ? { ...segment, goal: 'Keep them all listed', measure: { metric: 'on-tal' as const, target: 4 } }
        : segment,
    );
    await savePlaybookVersion(db, { ...playbook, segments: { ...playbook.segments, list } }, 'editor', new Date(NOW));
    await renderSection(<TalSection actor={solo} />, testOptionsServices(db, NOW));
    const goals = await screen.findByTestId('segment-goals');
    expect(within(goals).getByRole('listitem').textContent).toMatch(
      /^Enterprise customers — Accounts on the TAL: 2 of 4Keep them all listed$/,
    );
    expect(
      within(goals).getByRole('progressbar', { name: 'Progress of Enterprise customers toward its goal' }).getAttribute('aria-valuenow'),
    ).toBe('2');
  });
});
