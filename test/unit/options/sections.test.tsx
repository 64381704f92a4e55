// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlaybookSection } from '@/entrypoints/options/playbook/PlaybookSection';
import { ReviewSection } from '@/entrypoints/options/review/ReviewSection';
import { TalSection } from '@/entrypoints/options/tal/TalSection';
import { listPlaybookVersions, openAccountCache, savePlaybookVersion, type TalDb } from '@/lib/db';
import type { Evidence } from '@/lib/schema/proposal';
import { createLocalTalService } from '@/lib/services/tal/local-tal-service';
import type { Actor } from '@/lib/services/tal/tal-service';
import { examplePlaybook } from './fixtures';
import { renderSection, testOptionsServices } from './options-services';
import { dropDb, seededDb } from './seed-db';

afterEach(cleanup);

const NOW = Date.parse('2026-11-23T00:00:00Z');
const manager: Actor = { id: 'lead-ka', name: 'Lead', role: 'manager', team: 'ka' };
const rep: Actor = { id: 'rep-ka-2', name: 'Rep', role: 'rep', team: 'ka' };
const evidence: Evidence = { verdict: 'fit', score: 1, coverage: 0.4, segments: ['ent-prospects'] };

let db: TalDb;
const serviceFor = (actor: Actor) => createLocalTalService({ db, now: () => new Date(NOW), actor });

beforeEach(async () => {
  db = await seededDb();
});
afterEach(async () => {
  await dropDb(db);
});

describe('options sections over the real database', () => {
  it('Review follows the database: an approval takes the proposal out of the queue and puts the account on the TAL', async () => {
    const user = userEvent.setup();
    const proposer = serviceFor(rep);
    await proposer.propose({ type: 'add', accountId: 'A003', reason: 'Evaluating ABM tools' }, evidence);
    await proposer.propose({ type: 'add', accountId: 'A017', reason: 'Opportunity stage' }, evidence);
    const accounts = openAccountCache(db);
    await renderSection(<ReviewSection actor={manager} />, testOptionsServices(db, NOW, { accounts, tal: serviceFor(manager) }));
    expect(await screen.findByRole('article', { name: /Fabrikam Software/ })).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Approve Fabrikam Software' }));
    await vi.waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    cleanup();

    const download = vi.fn();
    await renderSection(<TalSection />, testOptionsServices(db, NOW, { save: download }));
    const table = await screen.findByTestId('tal-table');
    // The five accounts imported as on the TAL, plus the approved one.
    await vi.waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(7));
    expect(within(table).getByRole('rowheader', { name: 'Fabrikam Software' })).toBeTruthy();
    const log = screen.getByTestId('tal-log');
    expect(within(log).getAllByRole('row')).toHaveLength(2);
    // People by name, never by id.
    expect(log.textContent).toContain('Rep');
    expect(log.textContent).toContain('Lead');
    expect(log.textContent).not.toContain('rep-ka-2');
    expect(log.textContent).not.toContain('lead-ka');
    expect(log.textContent).toContain('Evaluating ABM tools');
    // Quota: one approved and one pending add of team ka.
    const teams = screen.getByRole('table', { name: 'Adds per team' });
    expect(within(teams).getByRole('row', { name: /Key accounts/ }).textContent).toBe('Key accounts215');

    await user.click(screen.getByRole('button', { name: 'Download TAL (CSV)' }));
    const [fileName, [csv]] = download.mock.calls[0] as [string, [string]];
    expect(fileName).toBe('tal-2026-11-23.csv');
    expect(csv.startsWith('\uFEFFid,name,domain')).toBe(true);
    expect(csv).toContain('A003,Fabrikam Software,fabrikam.io,ka,');
    await user.click(screen.getByRole('button', { name: 'Download proposals (CSV)' }));
    expect(download.mock.calls[1]?.[1]?.[0]).toContain('Opportunity stage');
  });

  it('a rep sees only their own pending proposals, with no decision buttons', async () => {
    await serviceFor(rep).propose({ type: 'add', accountId: 'A003', reason: 'Mine' }, evidence);
    const otherRep: Actor = { id: 'rep-ka-1', name: 'Other', role: 'rep', team: 'ka' };
    await serviceFor(otherRep).propose({ type: 'add', accountId: 'A017', reason: 'Theirs' }, evidence);
    await renderSection(<ReviewSection actor={rep} />, testOptionsServices(db, NOW, { tal: serviceFor(rep) }));
    expect(await screen.findByRole('article', { name: /Fabrikam Software/ })).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /Approve/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Withdraw' })).toBeTruthy();
  });

  it('Playbook previews segment health on the whole cache, read through the database, and again when the draft changes', async () => {
    const user = userEvent.setup();
    await renderSection(<PlaybookSection actor={manager} />, testOptionsServices(db, NOW, { savePlaybook: vi.fn() }));
    const preview = await screen.findByTestId('health-preview');
    expect(preview.textContent).toContain('On the 22 cached accounts');
    const sizes = () =>
      within(screen.getByRole('table', { name: 'Accounts per top-level segment' }))
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent);
    expect(sizes()).toEqual(['Enterprise customers2', 'Enterprise prospects6', 'Mid-tier customers3', 'Engaged mid-market prospects4']);
    // A draft without the last segment: the preview follows it.
    await user.click(screen.getByRole('button', { name: 'JSON' }));
    const json = screen.getByLabelText(/Playbook as JSON/) as HTMLTextAreaElement;
    const draft = JSON.parse(json.value);
    draft.segments.list = draft.segments.list.slice(0, 3);
    await user.clear(json);
    await user.paste(JSON.stringify(draft));
    await waitFor(() => expect(sizes()).toEqual(['Enterprise customers2', 'Enterprise prospects6', 'Mid-tier customers3']));
  });

  it('Playbook learns from the cached customers and inserts a suggested criterion into the draft', async () => {
    const user = userEvent.setup();
    await renderSection(<PlaybookSection actor={manager} />, testOptionsServices(db, NOW, { savePlaybook: vi.fn() }));
    const learn = await screen.findByTestId('learn-from-customers');
    await vi.waitFor(() => expect(learn.textContent).toContain('From the 5 customers in the cache'));
    const lines = within(learn)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    expect(lines.find((l) => l.includes('(Employees)'))).toMatch(/^\d+% of customers: [\d,]+–[\d,]+ \(Employees\)/);
    expect(lines.find((l) => l.startsWith('Top Industry:'))).toMatch(/Top Industry: .+ \d+%/);
    await user.click(within(learn).getByRole('button', { name: 'Insert as a criterion (Employees)' }));
    expect(within(learn).getByRole('status').textContent).toBe('A criterion on Employees was added to the draft: review it, then save.');
    expect(await screen.findByRole('group', { name: /like-customers-employees/ })).toBeTruthy();
  });

  it('Playbook writes an alert in the rule language and previews how many cached accounts it passes for now', async () => {
    const user = userEvent.setup();
    await renderSection(<PlaybookSection actor={manager} />, testOptionsServices(db, NOW, { savePlaybook: vi.fn() }));
    await user.click(await screen.findByRole('button', { name: 'Add an alert' }));
    const alert = screen.getByRole('group', { name: /^Alert 1:/ });
    await user.type(within(alert).getByLabelText('Id'), 'hot');
    await user.type(within(alert).getByLabelText('Label'), 'Intent is hot');
    await user.selectOptions(within(alert).getByLabelText('Accounts'), 'all');
    const preview = await screen.findByTestId('alerts-preview');
    await vi.waitFor(() => expect(preview.textContent).toMatch(/Intent is hot: passes now for \d+ accounts/));
    const count = Number(/for (\d+) accounts/.exec(preview.textContent ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(22);
  });

  it('Playbook records the manager’s answers to the health questions with who and when, and shows proof of fit', async () => {
    const user = userEvent.setup();
    const save = vi.fn((playbook) => savePlaybookVersion(db, playbook, 'editor', new Date(NOW)));
    await renderSection(<PlaybookSection actor={manager} />, testOptionsServices(db, NOW, { savePlaybook: save }));
    const questions = await screen.findByTestId('health-questions');
    await vi.waitFor(() =>
      expect(within(questions).getByTestId('proof-of-fit').textContent).toMatch(
        /^Proof of fit \(customers per segment\): Enterprise customers \d+/,
      ),
    );
    const endorsed = within(questions).getByRole('group', { name: 'Is it endorsed by sales leadership?' });
    await user.click(within(endorsed).getByRole('radio', { name: 'Yes' }));
    expect(endorsed.textContent).toContain('Lead, Nov 23, 2026');
    await user.click(screen.getByRole('button', { name: 'Save as new version' }));
    await screen.findByText('Saved as version 2.');
    expect((await listPlaybookVersions(db))[0]?.playbook.health?.answers.endorsed).toEqual({
      answer: true,
      by: 'Lead',
      at: '2026-11-23T00:00:00.000Z',
    });
  });

  it('Playbook measures a segment’s goal in the form: a metric, a target and a period', async () => {
    const user = userEvent.setup();
    const save = vi.fn((playbook) => savePlaybookVersion(db, playbook, 'editor', new Date(NOW)));
    await renderSection(<PlaybookSection actor={manager} />, testOptionsServices(db, NOW, { savePlaybook: save }));
    const segment = (await screen.findAllByRole('group', { name: /^Segment 1:/ }))[0] as HTMLElement;
    const measuredBy = within(segment).getAllByLabelText('Goal measured by')[0] as HTMLSelectElement;
    await user.selectOptions(measuredBy, 'on-tal');
    const target = within(segment).getAllByLabelText('Target')[0] as HTMLInputElement;
    expect(target.value).toBe('10');
    await user.clear(target);
    await user.type(target, '4');
    await user.selectOptions(within(segment).getAllByLabelText('Period')[0] as HTMLSelectElement, 'quarter');
    await user.click(screen.getByRole('button', { name: 'Save as new version' }));
    await screen.findByText('Saved as version 2.');
    expect((await listPlaybookVersions(db))[0]?.playbook.segments.list[0]?.measure).toEqual({
      metric: 'on-tal',
      target: 4,
      period: 'quarter',
    });
  });

  it('Playbook says whose version is in force for the team, and since when', async () => {
    const dana = { version: 7, savedAt: '2026-11-20T08:30:00.000Z', savedBy: { id: 'm1', name: 'Dana Lee', role: 'manager' as const } };
    await savePlaybookVersion(db, { ...examplePlaybook(), name: 'FY27' }, 'server', new Date(NOW), dana);
    await renderSection(<PlaybookSection actor={rep} />, testOptionsServices(db, NOW));
    expect((await screen.findByTestId('playbook-in-force')).textContent).toMatch(
      /^In force for the team: server version 7, saved by Dana Lee \(manager\) on Nov 20, 2026, \d+:30 (AM|PM)\.$/,
    );
    const versions = within(screen.getByTestId('playbook-versions')).getAllByRole('row');
    expect(versions[1]?.textContent).toContain('Dana Lee, on the team server (version 7)');
    expect(versions[2]?.textContent).toContain('Demo data');
  });

  it('Playbook saves a new version, shows what a quota below current use means, and restores an older version', async () => {
    const user = userEvent.setup();
    const proposer = serviceFor(rep);
    for (const accountId of ['A003', 'A017', 'A022']) await proposer.propose({ type: 'add', accountId, reason: 'Intent' }, evidence);
    const save = vi.fn((playbook) => savePlaybookVersion(db, playbook, 'editor', new Date(NOW)));
    await renderSection(<PlaybookSection actor={manager} />, testOptionsServices(db, NOW, { savePlaybook: save }));
    const keyAccounts = await screen.findByRole('group', { name: /^Team 1:/ });
    const addQuota = within(keyAccounts).getByLabelText('Add quota');
    await user.clear(addQuota);
    await user.type(addQuota, '2');
    const impact = await screen.findByTestId('quota-impact');
    expect(impact.textContent).toContain(
      "Key accounts: the new quota 2 is below this period's use (3). No new adds until use drops below 2; nothing already approved is undone.",
    );
    await user.click(screen.getByRole('button', { name: 'Save as new version' }));
    await screen.findByText('Saved as version 2.');
    expect(await listPlaybookVersions(db)).toHaveLength(2);
    expect((await listPlaybookVersions(db))[0]?.playbook.tal.teams[0]?.addQuota).toBe(2);
    // The pending proposals stay pending: nothing is undone, new adds are refused.
    expect(await proposer.propose({ type: 'add', accountId: 'A007', reason: 'Intent' }, evidence)).toMatchObject({
      ok: false,
      refusal: { code: 'quota-exceeded', used: 3, limit: 2 },
    });

    const versions = await screen.findByTestId('playbook-versions');
    await vi.waitFor(() => expect(within(versions).getAllByRole('row')).toHaveLength(3));
    await user.click(within(versions).getByRole('button', { name: 'Restore version 1' }));
    await screen.findByText('Version 1 restored as the current playbook.');
    const restored = await listPlaybookVersions(db);
    expect(restored).toHaveLength(3);
    expect(restored[0]?.playbook).toEqual(examplePlaybook());
    await vi.waitFor(() =>
      expect((within(screen.getByRole('group', { name: /^Team 1:/ })).getByLabelText('Add quota') as HTMLInputElement).value).toBe('15'),
    );
  });
});
