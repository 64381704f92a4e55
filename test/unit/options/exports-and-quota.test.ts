import { describe, expect, it } from 'vitest';
import { verdictLine, verdictWords } from '@/components/icp/verdict-words';
import { quotaRows } from '@/entrypoints/options/quota/quota-rows';
import { proposalsCsv, talCsv } from '@/entrypoints/options/tal/tal-csv';
import { createTranslator } from '@/lib/i18n';
import { compilePlaybook } from '@/lib/rules/compile-playbook';
import { ACCOUNTS, examplePlaybook, NOW, proposal } from './fixtures';

describe('CSV exports for the CRM', () => {
  it('defuses cells a spreadsheet would run as formulas (= + - @ tab CR) and keeps quotes and line breaks intact', () => {
    const reasons = ['=HYPERLINK("http://evil")', '+1 555', '-2+3', '@SUM(A1)', '\tTabbed', '\rReturn', 'Plain, with "quotes"\nand a line'];
    const csv = proposalsCsv(
      reasons.map((reason, i) => proposal({ id: `p${i}`, accountId: 'A003', reason })),
      () => 'Fabrikam Software',
    );
    const lines = csv.replace(/^\uFEFF/, '');
    expect(
      lines.startsWith('id,type,accountId,accountName,status,team,proposerId,proposerName,createdAt,reason,deciderId,deciderName,'),
    ).toBe(true);
    expect(lines).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines).toContain(",'+1 555,");
    expect(lines).toContain(",'-2+3,");
    expect(lines).toContain(",'@SUM(A1),");
    expect(lines).toContain(",'\tTabbed,");
    expect(lines).toContain(`"'\rReturn"`);
    expect(lines).toContain('"Plain, with ""quotes""\nand a line"');
  });

  it('writes the TAL with its CRM ids, tier, priority and top-level segments', () => {
    const compiled = compilePlaybook(examplePlaybook());
    const fabrikam = ACCOUNTS[0]!;
    const csv = talCsv([{ account: { ...fabrikam, name: '=Fabrikam' }, evaluation: compiled.evaluate(fabrikam, {}, NOW) }], (row) =>
      row.evaluation ? verdictLine(verdictWords(row.evaluation.icp, createTranslator('en'), 'en')) : undefined,
    );
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'id,name,domain,team,ownerId,salesforceId,hubspotId,onTal,tier,priorityScore,segments,icpVerdict,icpScore,icpReason',
    );
    expect(row).toMatch(
      /^A003,'=Fabrikam,fabrikam\.io,ka,rep-ka-2,,,true,one-to-one,[\d.]+,ent-prospects,fit,1,"Fit — 5 of 5 checks pass; 9 of your judgments unanswered · score 100% · coverage 40%"$/,
    );
  });
});

describe('quota dashboard figures', () => {
  const now = new Date(NOW);
  it('counts pending and approved adds of this period per team and per rep; rejected, withdrawn, removals and last quarter do not count', () => {
    const proposals = [
      proposal({ id: 'a', accountId: 'A003', proposerId: 'rep-ka-1', status: 'approved' }),
      proposal({ id: 'b', accountId: 'A017', proposerId: 'rep-ka-2' }),
      proposal({ id: 'c', accountId: 'A022', proposerId: 'rep-ka-2', status: 'rejected' }),
      proposal({ id: 'd', accountId: 'A004', proposerId: 'rep-ka-2', status: 'withdrawn' }),
      proposal({ id: 'e', accountId: 'A001', proposerId: 'rep-ka-2', type: 'remove' }),
      proposal({ id: 'f', accountId: 'A005', proposerId: 'rep-ka-2', createdAt: '2026-09-30T12:00:00Z' }),
      proposal({ id: 'g', accountId: 'A007', proposerId: 'rep-mm-1', team: 'mm' }),
    ];
    const rows = quotaRows(proposals, examplePlaybook(), now);
    expect(rows.period).toBe('quarter');
    expect(rows.teams).toEqual([
      { key: 'ka', label: 'Key accounts', used: 2, limit: 15 },
      { key: 'mm', label: 'Mid-market', used: 1, limit: 30 },
    ]);
    expect(rows.reps).toEqual([
      { key: 'ka/rep-ka-1', label: 'rep-ka-1 (Key accounts)', used: 1 },
      { key: 'ka/rep-ka-2', label: 'rep-ka-2 (Key accounts)', used: 1 },
      { key: 'mm/rep-mm-1', label: 'rep-mm-1 (Mid-market)', used: 1 },
    ]);
  });

  it('shows each rep’s own limit where the quota is per rep', () => {
    const playbook = examplePlaybook();
    playbook.tal.teams = [{ id: 'ka', name: 'Key accounts', addQuota: 3, scope: 'rep' }];
    const rows = quotaRows([proposal({ id: 'a', accountId: 'A003', proposerId: 'rep-ka-1' })], playbook, now);
    expect(rows.teams).toEqual([{ key: 'ka', label: 'Key accounts', used: 1 }]);
    expect(rows.reps).toEqual([{ key: 'ka/rep-ka-1', label: 'rep-ka-1 (Key accounts)', used: 1, limit: 3 }]);
  });
});
