import { type Account, AccountSchema } from '../schema/account';
import type { ColumnTarget } from './column-plan';
import { FIELD_READERS } from './field-readers';
import type { AccountField } from './header-aliases';
import { customerTypeOfLifecycleStage } from './picklists';
import type { RowIssue } from './report';

/** One row read: the account and its warnings, or the errors that leave it out. */
export type RowOutcome = { ok: true; account: Account; warnings: RowIssue[] } | { ok: false; errors: RowIssue[] };

/** A Salesforce Account record id (key prefix 001, 15 or 18 characters): also the account's `salesforceId`. */
const SALESFORCE_ACCOUNT_ID = /^001[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?$/;
const LIST_FIELDS = new Set<AccountField>(['aliases', 'intentTopics', 'productsOwned', 'techStack']);

/** True for a cell that holds nothing: an empty cell is a missing value, not zero (spec §1). */
export function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '') || (Array.isArray(raw) && raw.length === 0);
}

/**
 * The id of an account in a file without an id column: its domain, else its name as a slug
 * (`Alpha Dynamics` → `alpha-dynamics`; legal forms kept, so `Company A` stays `company-a`).
 */
export function deriveAccountId(fields: { domain?: unknown; name?: unknown }): string | undefined {
  if (typeof fields.domain === 'string') return fields.domain;
  if (typeof fields.name !== 'string') return undefined;
  const slug = fields.name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[\p{P}\p{S}\s]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? undefined : slug;
}

type Columns = { targets: readonly ColumnTarget[]; labels: readonly string[] };

/**
 * Turns one row's cells into an account (spec §1). A value that cannot be read is a warning and the
 * field stays empty; no id or no name is an error. When two columns fill one field the first
 * non-empty value stands and a different later value is kept in `custom` under its header (a second
 * domain becomes an alias), so nothing is dropped. Beyond the header, cells go to `custom."column N"`.
 */
export function buildAccount(cells: readonly unknown[], columns: Columns, row: number, deriveIds: boolean): RowOutcome {
  const fields: Partial<Record<AccountField, unknown>> = {};
  const custom: Record<string, unknown> = {};
  const warnings: RowIssue[] = [];
  let stage: string | undefined;
  let extraCells = 0;
  for (let i = 0; i < cells.length; i++) {
    const raw = cells[i];
    if (isBlank(raw)) continue;
    const target = columns.targets[i];
    const label = columns.labels[i] ?? `column ${i + 1}`;
    if (!target) {
      custom[label] = raw;
      if (extraCells++ === 0) {
        warnings.push({ row, field: label, message: `more cells than headers: cells from ${label} on are kept as custom."${label}"…` });
      }
      continue;
    }
    if (target.kind === 'ignore') continue;
    if (target.kind === 'custom') {
      custom[target.key] = raw;
      continue;
    }
    const { field } = target;
    const read = FIELD_READERS[field](raw);
    if (read === null) continue;
    if ('problem' in read) {
      warnings.push({ row, field, message: `${read.problem}; left empty` });
      continue;
    }
    if (target.derive === 'customerTypeFromStage') stage = read.value as string;
    if (target.derive === 'hubspotIdFromRecordId' && fields.hubspotId === undefined) fields.hubspotId = read.value;
    const previous = fields[field];
    if (previous === undefined) fields[field] = read.value;
    else if (LIST_FIELDS.has(field)) fields[field] = [...new Set([...(previous as string[]), ...(read.value as string[])])];
    else if (field === 'domain' && previous !== read.value)
      fields.aliases = [...new Set([...((fields.aliases as string[]) ?? []), read.value as string])];
    else if (previous !== read.value) custom[label] = raw;
  }
  if (deriveIds && fields.id === undefined) {
    const id = deriveAccountId(fields);
    if (id !== undefined) fields.id = id;
  }
  const errors: RowIssue[] = [];
  if (fields.id === undefined) errors.push({ row, field: 'id', message: 'no id: the row is left out' });
  if (fields.name === undefined) errors.push({ row, field: 'name', message: 'no name: the row is left out' });
  if (errors.length > 0) return { ok: false, errors };
  if (stage !== undefined && fields.customerType === undefined) fields.customerType = customerTypeOfLifecycleStage(stage);
  if (fields.salesforceId === undefined && SALESFORCE_ACCOUNT_ID.test(fields.id as string)) fields.salesforceId = fields.id;
  if (Object.keys(custom).length > 0) (fields as Record<string, unknown>).custom = custom;
  return validateAccount(fields, row, warnings);
}

/** The schema is the last word: a field it still refuses is left empty with a warning (id and name: an error). */
function validateAccount(fields: Record<string, unknown>, row: number, warnings: RowIssue[]): RowOutcome {
  for (let attempt = 0; attempt < 3; attempt++) {
    const parsed = AccountSchema.safeParse(fields);
    if (parsed.success) return { ok: true, account: parsed.data, warnings };
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'row');
      if (field === 'id' || field === 'name')
        return { ok: false, errors: [{ row, field, message: `${issue.message}: the row is left out` }] };
      warnings.push({ row, field, message: `${issue.message}; left empty` });
      delete fields[field];
    }
  }
  return { ok: false, errors: [{ row, field: 'row', message: 'the row could not be read as an account' }] };
}
