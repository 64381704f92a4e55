// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { playbookNames } from '@/entrypoints/options/playbook/playbook-names';
import { ReviewQueue } from '@/entrypoints/options/review/ReviewQueue';
import type { Decision, Proposal } from '@/lib/schema/proposal';
import type { Actor, DecideResult } from '@/lib/services/tal/tal-service';
import { renderIn } from '../components/render';
import { examplePlaybook, NOW, proposal, reviewItems } from './fixtures';

afterEach(cleanup);

const NAMES = playbookNames(examplePlaybook());
const manager: Actor = { id: 'lead-1', name: 'Lead', role: 'manager', team: 'ka' };
const rep: Actor = { id: 'rep-ka-2', name: 'Rep', role: 'rep', team: 'ka' };

const PROPOSALS: Proposal[] = [
  proposal({
    id: 'p1',
    accountId: 'A003',
    createdAt: '2026-11-10T09:00:00Z',
    evidence: { verdict: 'partial', score: 0.75, coverage: 0.4, segments: ['engaged-prospects'], tier: 'one-to-few' },
  }),
  proposal({
    id: 'p2',
    accountId: 'A007',
    proposerId: 'rep-mm-1',
    team: 'mm',
    createdAt: '2026-11-21T09:00:00Z',
    reason: 'Asked for a demo',
  }),
  proposal({
    id: 'p3',
    accountId: 'A008',
    type: 'remove',
    proposerId: 'rep-mm-1',
    team: 'mm',
    createdAt: '2026-11-22T09:00:00Z',
    reason: 'Churned',
  }),
];

/**
 * The queue with a fake service that behaves like the live query behind it: a decided proposal leaves
 * the pending list; deciding it again is refused.
 */
function Harness({
  actor,
  initial = PROPOSALS,
  onDecide,
}: {
  actor: Actor;
  initial?: Proposal[];
  onDecide?: (id: string, d: Decision) => void;
}) {
  const [proposals, setProposals] = useState(initial);
  const decide = async (id: string, decision: Decision): Promise<DecideResult> => {
    onDecide?.(id, decision);
    const found = proposals.find((p) => p.id === id);
    if (found?.status !== 'pending') return { ok: false, refusal: { code: 'already-decided', message: 'already decided' } };
    const decided: Proposal = { ...found, status: decision.decision === 'approve' ? 'approved' : 'rejected', deciderId: actor.id };
    setProposals((list) => list.map((p) => (p.id === id ? decided : p)));
    return { ok: true, proposal: decided };
  };
  const withdraw = async (id: string): Promise<DecideResult> => {
    const found = proposals.find((p) => p.id === id);
    if (!found) return { ok: false, refusal: { code: 'already-decided', message: 'gone' } };
    const withdrawn: Proposal = { ...found, status: 'withdrawn' };
    setProposals((list) => list.map((p) => (p.id === id ? withdrawn : p)));
    return { ok: true, proposal: withdrawn };
  };
  const pending = proposals.filter((p) => p.status === 'pending' && (actor.role !== 'rep' || p.proposerId === actor.id));
  return <ReviewQueue items={reviewItems(pending)} actor={actor} now={NOW} service={{ decide, withdraw }} names={NAMES} />;
}

const card = (name: string) => screen.getByRole('article', { name: new RegExp(name) });
const cards = () => screen.queryAllByRole('article');

describe('Manager review queue', () => {
  it('shows each pending proposal with its reason, the evidence captured then, and the ICP result now with what changed', async () => {
    await renderIn(<Harness actor={manager} />);
    expect(cards()).toHaveLength(3);
    const fabrikam = card('Fabrikam Software');
    expect(within(fabrikam).getByText('Strong intent this month')).toBeTruthy();
    expect(fabrikam.textContent).toContain('Proposed by rep-ka-2 · team Key accounts · 12 d ago');
    const then = within(fabrikam).getByRole('region', { name: 'When proposed' });
    expect(then.textContent).toContain('Partial');
    expect(then.textContent).toContain('Engaged mid-market prospects');
    expect(then.textContent).toContain('tier 1:few');
    const now = within(fabrikam).getByRole('region', { name: 'ICP now' });
    expect(now.textContent).toContain('Fit');
    expect(now.textContent).toContain('Verdict: Partial fit → Fit');
    expect(now.textContent).toContain('Score: 75% → 100%');
    expect(now.textContent).toContain('Tier: 1:few → 1:1');
    expect(now.textContent).toContain('No longer in segment Engaged mid-market prospects');
    expect(now.textContent).toContain('Now in segment Enterprise prospects');
    // A proposal without captured evidence says so instead of inventing a comparison.
    expect(within(card('Litware Analytics')).getByText('No evidence was captured with this proposal.')).toBeTruthy();
  });

  it('shows the rep’s judgments captured with the proposal beside the data evidence, their words as text', async () => {
    const judged = proposal({
      id: 'p8',
      accountId: 'A003',
      proposerName: 'Rita',
      createdAt: '2026-11-20T09:00:00Z',
      evidence: {
        verdict: 'fit',
        score: 1,
        coverage: 1,
        segments: [],
        judgments: [
          { id: 'need', answer: true },
          { id: 'pains', answer: true, note: 'Manual <b>reconciliation</b> every month' },
          { id: 'no-shift', answer: false },
        ],
      },
    });
    await renderIn(<Harness actor={manager} initial={[judged]} />);
    const judgments = within(card('Fabrikam Software')).getByRole('region', { name: 'Rita’s judgments when proposing' });
    const items = within(judgments)
      .getAllByRole('listitem')
      .map((item) => [item.getAttribute('data-answer'), item.textContent]);
    expect(items).toEqual([
      ['yes', expect.stringMatching(/: yes$/)],
      ['yes', "✓ Pain points like our best customers': yes Manual <b>reconciliation</b> every month"],
      ['no', expect.stringMatching(/: no$/)],
    ]);
    expect(judgments.querySelector('b')).toBeNull();
  });

  it('says each verdict in the panel’s words: its main reason, and the score only where the score decides', async () => {
    const captured = proposal({
      id: 'p9',
      accountId: 'A008',
      type: 'add',
      createdAt: '2026-11-20T09:00:00Z',
      evidence: {
        verdict: 'no-fit',
        score: 0.83,
        coverage: 0.4,
        segments: [],
        criteria: [
          { id: 'not-customer', status: 'fail' },
          { id: 'industry', status: 'pass' },
        ],
      },
    });
    await renderIn(<Harness actor={manager} initial={[captured, PROPOSALS[0] as Proposal]} />);
    const then = within(card('Proseware')).getByRole('region', { name: 'When proposed' });
    expect(then.querySelector('.verdict-text')?.textContent).toBe('No fit — Not yet a customer fails (required)');
    const now = within(card('Proseware')).getByRole('region', { name: 'ICP now' });
    expect(now.querySelector('.verdict-text')?.textContent).toBe('No fit — Not yet a customer fails (required)');
    // Evidence captured without its criteria says the verdict and its figures only.
    const older = within(card('Fabrikam Software')).getByRole('region', { name: 'When proposed' });
    expect(older.querySelector('.verdict-text')?.textContent).toBe('Partial fit · score 75% · coverage 40%');
    expect(within(card('Fabrikam Software')).getByRole('region', { name: 'ICP now' }).querySelector('.verdict-text')?.textContent).toBe(
      'Fit — 5 of 5 checks pass; 9 of your judgments unanswered · score 100% · coverage 40%',
    );
  });

  it('filters by team, type, segment and age', async () => {
    const user = userEvent.setup();
    await renderIn(<Harness actor={manager} />);
    const filters = screen.getByRole('group', { name: 'Filter' });
    await user.selectOptions(within(filters).getByLabelText('Team'), 'mm');
    expect(cards().map((c) => c.getAttribute('data-proposal-id'))).toEqual(['p2', 'p3']);
    await user.selectOptions(within(filters).getByLabelText('Type'), 'remove');
    expect(cards().map((c) => c.getAttribute('data-proposal-id'))).toEqual(['p3']);
    await user.selectOptions(within(filters).getByLabelText('Type'), '');
    await user.selectOptions(within(filters).getByLabelText('Team'), '');
    await user.selectOptions(within(filters).getByLabelText('Segment'), 'ent-prospects');
    expect(cards().map((c) => c.getAttribute('data-proposal-id'))).toEqual(['p1']);
    await user.selectOptions(within(filters).getByLabelText('Segment'), '');
    await user.selectOptions(within(filters).getByLabelText('Age'), '7');
    expect(cards().map((c) => c.getAttribute('data-proposal-id'))).toEqual(['p1']);
    expect(screen.getByText('Showing 1 of 3 pending proposals')).toBeTruthy();
  });

  it('approves one proposal with a note by its button', async () => {
    const user = userEvent.setup();
    const onDecide = vi.fn();
    await renderIn(<Harness actor={manager} onDecide={onDecide} />);
    await user.type(within(card('Litware Analytics')).getByLabelText('Note'), 'Good fit for MM');
    await user.click(screen.getByRole('button', { name: 'Approve Litware Analytics' }));
    expect(onDecide).toHaveBeenCalledWith('p2', { decision: 'approve', note: 'Good fit for MM' });
    expect(await screen.findByText('Litware Analytics: approved.')).toBeTruthy();
    expect(cards()).toHaveLength(2);
  });

  it('supports a fast keyboard pass: j/k move, a approves, r focuses the note and Enter rejects', async () => {
    const user = userEvent.setup();
    const onDecide = vi.fn();
    await renderIn(<Harness actor={manager} onDecide={onDecide} />);
    // The oldest proposal is first and current.
    expect(card('Fabrikam Software').getAttribute('aria-current')).toBe('true');
    await user.keyboard('j');
    expect(document.activeElement).toBe(card('Litware Analytics'));
    await user.keyboard('k');
    expect(document.activeElement).toBe(card('Fabrikam Software'));
    await user.keyboard('j');
    await user.keyboard('a');
    expect(onDecide).toHaveBeenLastCalledWith('p2', { decision: 'approve' });
    await screen.findByText('Litware Analytics: approved.');
    // The next proposal takes the decided one's place and the focus.
    expect(card('Proseware').getAttribute('aria-current')).toBe('true');
    await user.keyboard('r');
    const note = within(card('Proseware')).getByLabelText('Note');
    expect(document.activeElement).toBe(note);
    // Typing in the note is text, not shortcuts.
    await user.keyboard('Still a customer, keep it{Enter}');
    expect(onDecide).toHaveBeenLastCalledWith('p3', { decision: 'reject', note: 'Still a customer, keep it' });
    await screen.findByText('Proseware: rejected.');
    expect(cards()).toHaveLength(1);
  });

  it('selects with x and decides the selection in bulk with one note', async () => {
    const user = userEvent.setup();
    const onDecide = vi.fn();
    await renderIn(<Harness actor={manager} onDecide={onDecide} />);
    await user.keyboard('x');
    await user.keyboard('j');
    await user.keyboard('x');
    expect(screen.getByText('Selected: 2')).toBeTruthy();
    expect((within(card('Fabrikam Software')).getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
    await user.keyboard('r');
    const bulkNote = screen.getByLabelText('Note for the selected');
    expect(document.activeElement).toBe(bulkNote);
    await user.keyboard('Not this quarter{Enter}');
    expect(onDecide.mock.calls).toEqual([
      ['p1', { decision: 'reject', note: 'Not this quarter' }],
      ['p2', { decision: 'reject', note: 'Not this quarter' }],
    ]);
    await screen.findByText('Fabrikam Software: rejected.');
    expect(cards().map((c) => c.getAttribute('data-proposal-id'))).toEqual(['p3']);
    expect(screen.getByText('Selected: 0')).toBeTruthy();
  });

  it('asks for a note before a reject (the rep is owed a reason) and rejects once it is written; approving needs none', async () => {
    const user = userEvent.setup();
    const onDecide = vi.fn();
    await renderIn(<Harness actor={manager} onDecide={onDecide} />);
    await user.click(screen.getByRole('button', { name: 'Reject Fabrikam Software' }));
    expect(onDecide).not.toHaveBeenCalled();
    const note = within(card('Fabrikam Software')).getByLabelText('Note');
    expect(document.activeElement).toBe(note);
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Write why first');
    // Blank space is no reason either.
    await user.keyboard('   {Enter}');
    expect(onDecide).not.toHaveBeenCalled();
    await user.keyboard('{Control>}a{/Control}Already a customer{Enter}');
    expect(onDecide).toHaveBeenLastCalledWith('p1', { decision: 'reject', note: 'Already a customer' });
    await screen.findByText('Fabrikam Software: rejected.');

    await user.click(screen.getAllByRole('button', { name: /^Approve / })[0] as HTMLElement);
    expect(onDecide).toHaveBeenCalledTimes(2);
    expect(onDecide.mock.calls[1]?.[1]).toEqual({ decision: 'approve' });
  });

  it('says in words when a decision is refused', async () => {
    const user = userEvent.setup();
    const decided = proposal({ id: 'p9', accountId: 'A013', team: 'mm', proposerId: 'rep-mm-1' });
    const refusing = {
      decide: async (): Promise<DecideResult> => ({ ok: false, refusal: { code: 'already-decided', message: 'already decided' } }),
      withdraw: async (): Promise<DecideResult> => ({ ok: false, refusal: { code: 'forbidden', message: 'no' } }),
    };
    await renderIn(<ReviewQueue items={reviewItems([decided])} actor={manager} now={NOW} service={refusing} names={NAMES} />);
    await user.click(screen.getByRole('button', { name: 'Approve Trey Research' }));
    const status = await screen.findByTestId('review-outcomes');
    await vi.waitFor(() => expect(status.textContent).toContain('Trey Research: refused.'));
    expect(status.textContent).toMatch(/already (been )?decided/i);
    expect(cards()).toHaveLength(1);
  });

  it('documents the shortcuts behind "?"', async () => {
    const user = userEvent.setup();
    await renderIn(<Harness actor={manager} />);
    expect(screen.queryByRole('region', { name: 'Keyboard shortcuts' })).toBeNull();
    await user.keyboard('?');
    const help = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    for (const key of ['j', 'k', 'a', 'r', 'x', '?']) expect(within(help).getByText(key, { selector: 'kbd' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.queryByRole('region', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('hides manager-only actions from a rep, who may withdraw their own proposal', async () => {
    const user = userEvent.setup();
    const onDecide = vi.fn();
    await renderIn(<Harness actor={rep} onDecide={onDecide} />);
    expect(cards()).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /Approve/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Reject/ })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    await user.keyboard('a');
    expect(onDecide).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Withdraw' }));
    expect(await screen.findByText('Fabrikam Software: withdrawn.')).toBeTruthy();
    expect(cards()).toHaveLength(0);
  });
});
