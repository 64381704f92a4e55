import { csvLine } from '@/lib/import/export-csv';
import type { Proposal } from '@/lib/schema/proposal';
import { type TalRow, topSegments } from './tal-row';

type Column<Row> = { header: string; value: (row: Row) => unknown };

/** Rows as CSV under named columns: a BOM (spreadsheets then read UTF-8), the header, one formula-safe line per row. */
function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  return `\uFEFF${csvLine(columns.map((c) => c.header))}${rows.map((row) => csvLine(columns.map((c) => c.value(row)))).join('')}`;
}

/**
 * The TAL for the CRM: one row per account, with the ids a CRM import matches on and what the playbook
 * says; `icpReason` is the verdict's main reason in the panel's words (`verdictLine`), in the reader's language.
 */
export function talCsv(rows: readonly TalRow[], reason: (row: TalRow) => string | undefined): string {
  return toCsv<TalRow>(
    [
      { header: 'id', value: (r) => r.account.id },
      { header: 'name', value: (r) => r.account.name },
      { header: 'domain', value: (r) => r.account.domain },
      { header: 'team', value: (r) => r.account.team },
      { header: 'ownerId', value: (r) => r.account.ownerId },
      { header: 'salesforceId', value: (r) => r.account.salesforceId },
      { header: 'hubspotId', value: (r) => r.account.hubspotId },
      { header: 'onTal', value: () => 'true' },
      { header: 'tier', value: (r) => r.evaluation?.priority.tier },
      { header: 'priorityScore', value: (r) => r.evaluation?.priority.score },
      { header: 'segments', value: (r) => topSegments(r) },
      { header: 'icpVerdict', value: (r) => r.evaluation?.icp.verdict },
      { header: 'icpScore', value: (r) => r.evaluation?.icp.score },
      { header: 'icpReason', value: reason },
    ],
    rows,
  );
}

/** Every proposal with its decision, for the CRM or an audit. */
export function proposalsCsv(proposals: readonly Proposal[], accountName: (id: string) => string): string {
  return toCsv<Proposal>(
    [
      { header: 'id', value: (p) => p.id },
      { header: 'type', value: (p) => p.type },
      { header: 'accountId', value: (p) => p.accountId },
      { header: 'accountName', value: (p) => accountName(p.accountId) },
      { header: 'status', value: (p) => p.status },
      { header: 'team', value: (p) => p.team },
      { header: 'proposerId', value: (p) => p.proposerId },
      { header: 'proposerName', value: (p) => p.proposerName },
      { header: 'createdAt', value: (p) => p.createdAt },
      { header: 'reason', value: (p) => p.reason },
      { header: 'deciderId', value: (p) => p.deciderId },
      { header: 'deciderName', value: (p) => p.deciderName },
      { header: 'decidedAt', value: (p) => p.decidedAt },
      { header: 'note', value: (p) => p.note },
      { header: 'verdictWhenProposed', value: (p) => p.evidence?.verdict },
      { header: 'scoreWhenProposed', value: (p) => p.evidence?.score },
    ],
    proposals,
  );
}
