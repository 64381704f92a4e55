import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { putProposal, setTalOverride, type TalDb } from '@/lib/db';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import { suggestFits } from '@/lib/services/suggestions';
import { examplePlaybook } from '../options/fixtures';
import { dropDb, seededDb } from '../options/seed-db';

const NOW = Date.parse('2026-11-23T00:00:00Z');
let db: TalDb;
beforeEach(async () => {
  db = await seededDb();
});
afterEach(async () => {
  await dropDb(db);
});

const ids = async (options: { team?: string; limit?: number } = {}) =>
  (await suggestFits(db, compilePlaybook(examplePlaybook()), { limit: 50, now: NOW, ...options })).map((s) => s.account.id);

describe('suggestFits', () => {
  it('lists the accounts that fit and are not on the TAL, best priority first, of one team or all', async () => {
    const all = await ids();
    expect(all[0]).toBe('A017');
    expect(all).not.toContain('A002'); // on the TAL
    expect(all).not.toContain('A012'); // no fit
    const ka = await ids({ team: 'ka' });
    expect(ka.length).toBeGreaterThan(0);
    expect(ka.every((id) => ['A003', 'A004', 'A005', 'A015', 'A017'].includes(id))).toBe(true);
    expect(await ids({ limit: 2 })).toEqual(all.slice(0, 2));
  });

  it('leaves out an account proposed or put on the TAL since', async () => {
    await setTalOverride(db, { accountId: 'A017', onTal: true, source: 'manager' }, new Date(NOW));
    await putProposal(db, {
      id: 'p1',
      type: 'add',
      accountId: 'A003',
      reason: 'x',
      status: 'pending',
      proposerId: 'me',
      team: 'ka',
      createdAt: new Date(NOW).toISOString(),
    });
    const left = await ids({ team: 'ka' });
    expect(left).not.toContain('A017');
    expect(left).not.toContain('A003');
  });
});
