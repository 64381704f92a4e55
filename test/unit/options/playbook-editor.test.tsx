// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HealthPreview } from '@/entrypoints/options/playbook/HealthPreview';
import { PlaybookEditor } from '@/entrypoints/options/playbook/PlaybookEditor';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import { buildHealthReport } from '@/lib/rules/health';
import type { Playbook } from '@/lib/schema/playbook';
import { renderIn } from '../components/render';
import { ACCOUNTS, examplePlaybookDocument, NOW } from './fixtures';

afterEach(cleanup);

function renderEditor(onSave = vi.fn(async (_p: Playbook, _d: unknown) => {}), readOnly = false) {
  return renderIn(
    <PlaybookEditor
      initial={examplePlaybookDocument()}
      readOnly={readOnly}
      onSave={onSave}
      preview={(playbook) => <HealthPreview playbook={playbook} report={buildHealthReport(compilePlaybook(playbook), ACCOUNTS, NOW)} />}
    />,
  );
}

const summary = () => screen.getByTestId('playbook-errors');
const saveButton = () => screen.getByRole('button', { name: 'Save as new version' }) as HTMLButtonElement;
const team = (n: number) => screen.getByRole('group', { name: new RegExp(`^Team ${n}:`) });

describe('Playbook editor', () => {
  it('shows an error by JSON path at the field as the manager types, and blocks the save until it is fixed', async () => {
    const user = userEvent.setup();
    const onSave = vi.fn(async () => {});
    await renderEditor(onSave);
    expect(summary().textContent).toContain('The playbook is valid.');
    expect(saveButton().disabled).toBe(true); // nothing changed yet

    const quota = within(team(1)).getByLabelText('Add quota');
    await user.clear(quota);
    await user.type(quota, '-3');
    expect(summary().textContent).toContain('tal.teams[0].addQuota: addQuota must be 0 or more');
    expect(quota.getAttribute('aria-invalid')).toBe('true');
    const describedBy = quota.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toContain('addQuota must be 0 or more');
    expect(saveButton().disabled).toBe(true);
    expect(screen.getByText('An invalid playbook cannot be saved.')).toBeTruthy();

    await user.clear(quota);
    await user.type(quota, '12');
    expect(summary().textContent).toContain('The playbook is valid.');
    expect(quota.getAttribute('aria-invalid')).toBeNull();
    await user.click(saveButton());
    expect(onSave).toHaveBeenCalledTimes(1);
    const [saved, document_] = onSave.mock.calls[0] as unknown as [Playbook, { tal: { teams: { addQuota: number }[] } }];
    expect(saved.tal.teams[0]?.addQuota).toBe(12);
    expect(document_.tal.teams[0]?.addQuota).toBe(12);
  });

  it('lists every error at once, e.g. an emptied label and a duplicate id', async () => {
    const user = userEvent.setup();
    await renderEditor();
    const first = screen.getByRole('group', { name: /^Criterion 1:/ });
    await user.clear(within(first).getByLabelText('Label'));
    const second = screen.getByRole('group', { name: /^Criterion 2:/ });
    await user.clear(within(second).getByLabelText('Id'));
    await user.type(within(second).getByLabelText('Id'), 'not-customer');
    const text = summary().textContent ?? '';
    expect(text).toContain('Problems to fix before saving: 2');
    expect(text).toMatch(/icp\.criteria\[0\]\.label: /);
    expect(text).toContain('icp.criteria[1].id: duplicate criterion id "not-customer" (first at [0])');
  });

  it('edits a rule as JSON with the rule’s own errors by path, and switches a criterion to a manual answer', async () => {
    const user = userEvent.setup();
    await renderEditor();
    const first = screen.getByRole('group', { name: /^Criterion 1:/ });
    const rule = within(first).getByLabelText('Rule (JSON)');
    await user.clear(rule);
    await user.paste('{"field": "customerType", "op": "equals", "value": "customer"}');
    expect(summary().textContent).toContain('icp.criteria[0].rule.op: unknown operator "equals"');
    expect(rule.getAttribute('aria-invalid')).toBe('true');

    await user.clear(rule);
    await user.paste('{"field": "customerType", "op": ');
    expect(within(first).getByText(/Not valid JSON/)).toBeTruthy();
    expect(saveButton().disabled).toBe(true);

    await user.selectOptions(within(first).getByLabelText('Decided by'), 'manual');
    expect(within(first).queryByLabelText('Rule (JSON)')).toBeNull();
    expect(summary().textContent).toContain('The playbook is valid.');
    expect(saveButton().disabled).toBe(false);
  });

  it('takes the whole playbook as JSON for power users, with every error by path', async () => {
    const user = userEvent.setup();
    await renderEditor();
    await user.click(screen.getByRole('button', { name: 'JSON' }));
    const json = screen.getByLabelText('Playbook as JSON');
    const edited = examplePlaybookDocument() as { tal: { period: string; teams: { addQuota: number }[] } };
    edited.tal.period = 'week';
    (edited.tal.teams[1] as { addQuota: number }).addQuota = 2.5;
    await user.clear(json);
    await user.paste(JSON.stringify(edited));
    const text = summary().textContent ?? '';
    expect(text).toContain('tal.period: ');
    expect(text).toContain('tal.teams[1].addQuota: addQuota must be a whole number');
    // Forms follow the JSON: the second team shows the same error at its field.
    await user.click(screen.getByRole('button', { name: 'Forms' }));
    expect(within(team(2)).getByLabelText('Add quota').getAttribute('aria-invalid')).toBe('true');
  });

  it('previews segment health on the cached accounts before saving, with a table beside the chart', async () => {
    await renderEditor();
    const preview = screen.getByTestId('health-preview');
    expect(preview.textContent).toContain('On the 4 cached accounts');
    const table = within(preview).getByRole('table', { name: 'Accounts per top-level segment' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'Enterprise customers0',
      'Enterprise prospects1',
      'Mid-tier customers1',
      'Engaged mid-market prospects2',
    ]);
    expect(within(preview).getByText('Segment health checklist')).toBeTruthy();
    expect(preview.querySelectorAll('.checklist li')).toHaveLength(3);
  });

  it('is read-only for a rep: no save, no add or remove', async () => {
    await renderEditor(undefined, true);
    expect(screen.queryByRole('button', { name: 'Save as new version' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add a team' })).toBeNull();
    expect((within(team(1)).getByLabelText('Add quota') as HTMLInputElement).readOnly).toBe(true);
  });
});
