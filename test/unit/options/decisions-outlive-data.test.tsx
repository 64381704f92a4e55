// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReviewSection } from '@/entrypoints/options/review/ReviewSection';
import { TalSection } from '@/entrypoints/options/tal/TalSection';
import { importAccounts, openAccountCache, type TalDb } from '@/lib/db';
import type { ReplaceImpact } from '@/lib/db/import-pipeline/replace-impact';
import type { Evidence } from '@/lib/schema/proposal';
import { createLocalTalService } from '@/lib/services/tal/local-tal-service';
import type { Actor } from '@/lib/services/tal/tal-service';
import { readTalEntries } from '@/lib/services/tal-entries';
import { renderSection, testOptionsServices } from './options-services';
import { dropDb, seededDb } from './seed-db';

afterEach(cleanup);

const NOW = Date.parse('2026-11-23T00:00:00Z');
const manager: Actor = { id: 'lead-ka', name: 'Lena Lead', role: 'manager', team: 'ka' };
const rep: Actor = { id: 'rep-ka-2', name: 'Rita Rep', role: 'rep', team: 'ka' };
const now = () => new Date(NOW);
const evidence: Evidence = { verdict: 'fit', score: 1, coverage: 0.5, segments: [] };
const NEW_FILE = 'id,name,domain\nN1,Newco One,newco1.com\nN2,Newco Two,newco2.com\nN3,Newco Three,newco3.com\n';

let db: TalDb;
beforeEach(async () => {
  db = await seededDb();
});
afterEach(async () => {
  await dropDb(db);
});

describe('decisions outlive the account data', () => {
  it('a replace says what it will do, and the TAL, Review and the quota keep every account by name', async () => {
    const proposer = createLocalTalService({ db, now, actor: rep });
    const decider = createLocalTalService({ db, now, actor: manager });
    const added = await proposer.propose({ type: 'add', accountId: 'A003', reason: 'Evaluating ABM tools' }, evidence);
    if (!added.ok) throw new Error(added.refusal.message);
    await decider.decide(added.proposal.id, { decision: 'approve', note: 'go' });
    await proposer.propose({ type: 'add', accountId: 'A017', reason: 'Opportunity stage' }, evidence);
    const quotaBefore = await proposer.quota('ka');
    const listedBefore = (await readTalEntries(db)).length;

    // Declined first: nothing changes.
    const asked: ReplaceImpact[] = [];
    await expect(
      importAccounts(db, [NEW_FILE], {
        fileName: 'new.csv',
        mode: 'replace',
        now,
        confirmReplace: async (impact) => {
          asked.push(impact);
          return false;
        },
      }),
    ).rejects.toThrow('not confirmed');
    expect(await openAccountCache(db).count()).toBe(22);
    expect(asked[0]).toMatchObject({ accountsBefore: 22, accountsAfter: 3 });
    expect(asked[0]?.talMissing.map((m) => m.name)).toContain('Fabrikam Software');
    expect(asked[0]?.talMissing).toHaveLength(listedBefore);
    expect(asked[0]?.proposalsMissing).toEqual([{ id: expect.any(String), accountId: 'A017', name: expect.any(String) }]);

    // Confirmed: the new file is the data; the TAL and the proposals stay, by name.
    await importAccounts(db, [NEW_FILE], { fileName: 'new.csv', mode: 'replace', now, confirmReplace: async () => true });
    expect(await openAccountCache(db).count()).toBe(3);
    expect(await readTalEntries(db)).toHaveLength(listedBefore);
    expect(await proposer.quota('ka')).toEqual(quotaBefore);

    await renderSection(<TalSection />, testOptionsServices(db, NOW));
    const table = await screen.findByTestId('tal-table');
    const fabrikam = within(table).getByRole('rowheader', { name: /Fabrikam Software/ });
    expect(fabrikam.textContent).toBe('Fabrikam Software — not in the current account data');
    expect(table.textContent).not.toMatch(/\bA003\b/);
    expect(screen.getByTestId('tal-log').textContent).toContain('Rita Rep');
    cleanup();

    await renderSection(<ReviewSection actor={manager} />, testOptionsServices(db, NOW, { tal: decider }));
    const card = await screen.findByRole('article');
    expect(card.textContent).toContain('Opportunity stage');
    expect(card.textContent).toContain('Not in the current account data');
    expect(card.textContent).toContain('Proposed by Rita Rep');
    expect(card.textContent).not.toContain('A017');
  });
});
