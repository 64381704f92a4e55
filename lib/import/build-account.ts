import { type Account, AccountSchema } from '../schema/account';
import { accountFromValues, CANONICAL_FIELDS, FIELD_INDEX } from './account-shape';
import type { ColumnTarget } from './column-plan';
import { ASK_SCHEMA, createFieldChecker, customShortcut } from './field-checker';
import { FIELD_READERS } from './field-readers';
import type { AccountField } from './header-aliases';
import { customerTypeOfLifecycleStage } from './picklists';
import type { RowIssue } from './report';
import { ReadProblem } from './value-readers';

/** One row read: the account and its warnings, or the errors that leave it out. */
export type RowOutcome = { ok: true; account: Account; warnings: RowIssue[] } | { ok: false; errors: RowIssue[] };

/** A Salesforce Account record id (key prefix 001, 15 or 18 characters): also the account's `salesforceId`. */
const SALESFORCE_ACCOUNT_ID = /^001[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?$/;
const LIST_FIELDS = new Set<AccountField>(['aliases', 'intentTopics', 'productsOwned', 'techStack']);
const FIELD_SCHEMAS = AccountSchema.shape;
const F = FIELD_INDEX;

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
 * Turns rows' cells into accounts (spec §1), for one file's columns. A value that cannot be read is a
 * warning and the field stays empty; no id or no name is an error. When two columns fill one field the
 * first non-empty value stands and a different later value is kept in `custom` under its header (a
 * second domain becomes an alias), so nothing is dropped. Beyond the header, cells go to
 * `custom."column N"`. Each value is then checked by AccountSchema's own schema for its field.
 */
export function createRowBuilder(columns: Columns, deriveIds: boolean) {
  const fieldIndex = columns.targets.map((target) => (target.kind === 'field' ? FIELD_INDEX[target.field] : -1));
  const checkField = createFieldChecker();
  // One values array for every row: no per-row allocation but the account itself. Cleared by a loop:
  // Array.prototype.fill changed the array's map, and Chromium's optimized code for this function
  // was thrown away and rebuilt at every row (a thousand recompilations per import).
  const values: unknown[] = [];
  for (let i = 0; i < CANONICAL_FIELDS.length; i++) values.push(undefined);

  return function buildAccount(cells: readonly unknown[], row: number): RowOutcome {
    for (let i = 0; i < values.length; i++) values[i] = undefined;
    let custom: Record<string, unknown> | undefined;
    const warnings: RowIssue[] = [];
    let stage: string | undefined;
    let extraCells = 0;
    for (let i = 0; i < cells.length; i++) {
      const raw = cells[i];
      const target = columns.targets[i];
      if (target === undefined || target.kind !== 'field') {
        if (isBlank(raw) || target?.kind === 'ignore') continue;
        const key = target ? target.key : (columns.labels[i] ?? `column ${i + 1}`);
        custom ??= {};
        custom[key] = raw;
        if (!target && extraCells++ === 0) {
          warnings.push({ row, field: key, message: `more cells than headers: cells from ${key} on are kept as custom."${key}"…` });
        }
        continue;
      }
      const { field } = target;
      const read = FIELD_READERS[field](raw);
      if (read === null) continue;
      if (read instanceof ReadProblem) {
        warnings.push({ row, field, message: `${read.message}; left empty` });
        continue;
      }
      if (target.derive === 'customerTypeFromStage') stage = read as string;
      if (target.derive === 'hubspotIdFromRecordId' && values[F.hubspotId] === undefined) values[F.hubspotId] = read;
      const at = fieldIndex[i] as number;
      const previous = values[at];
      if (previous === undefined) values[at] = read;
      else if (LIST_FIELDS.has(field)) values[at] = [...new Set([...(previous as string[]), ...(read as string[])])];
      else if (field === 'domain' && previous !== read) {
        values[F.aliases] = [...new Set([...((values[F.aliases] as string[] | undefined) ?? []), read as string])];
      } else if (previous !== read) {
        custom ??= {};
        custom[columns.labels[i] ?? field] = raw;
      }
    }
    if (deriveIds && values[F.id] === undefined) values[F.id] = deriveAccountId({ domain: values[F.domain], name: values[F.name] });
    const errors: RowIssue[] = [];
    if (values[F.id] === undefined) errors.push({ row, field: 'id', message: 'no id: the row is left out' });
    if (values[F.name] === undefined) errors.push({ row, field: 'name', message: 'no name: the row is left out' });
    if (errors.length > 0) return { ok: false, errors };
    if (stage !== undefined && values[F.customerType] === undefined) values[F.customerType] = customerTypeOfLifecycleStage(stage);
    if (values[F.salesforceId] === undefined && SALESFORCE_ACCOUNT_ID.test(values[F.id] as string)) values[F.salesforceId] = values[F.id];
    return checkValues(checkField, values, custom, row, warnings);
  };
}

/**
 * Checks each value with AccountSchema's own schema for its field (keeping its output: trimmed text);
 * a value it refuses is left empty with a warning, for id and name an error. The object-level rules
 * of AccountSchema hold by construction (id and name present, no key outside the schema), and a test
 * parses every account read from the fixtures with the whole schema. Per field, because a strict
 * object parse of accounts of a hundred shapes was the slowest step of a large import.
 */
function checkValues(
  checkField: ReturnType<typeof createFieldChecker>,
  values: unknown[],
  custom: Record<string, unknown> | undefined,
  row: number,
  warnings: RowIssue[],
): RowOutcome {
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === undefined) continue;
    const checked = checkField(i, value);
    if (checked.ok) {
      values[i] = checked.value;
      continue;
    }
    const field = CANONICAL_FIELDS[i] as AccountField;
    if (field === 'id' || field === 'name')
      return { ok: false, errors: [{ row, field, message: `${checked.message}: the row is left out` }] };
    warnings.push({ row, field, message: `${checked.message}; left empty` });
    values[i] = undefined;
  }
  let checkedCustom = custom;
  if (custom && customShortcut(custom) === ASK_SCHEMA) {
    const parsed = FIELD_SCHEMAS.custom.safeParse(custom);
    checkedCustom = parsed.success ? parsed.data : undefined;
    if (!parsed.success) warnings.push({ row, field: 'custom', message: `${parsed.error.issues[0]?.message ?? 'not valid'}; left empty` });
  }
  return { ok: true, account: accountFromValues(values, checkedCustom), warnings };
}

const KNOWN_KEYS = new Set<string>([...CANONICAL_FIELDS, 'custom']);

/**
 * Checks an object as a strict AccountSchema parse does (no unknown key, id and name present, each
 * value by its field's schema), field by field, and gives the account in the one shape; null when it
 * fails. For accounts stored as JSON by an earlier import, read back by the million when merging.
 */
export function parseAccountObject(input: unknown): Account | null {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return null;
  const object = input as Record<string, unknown>;
  for (const key in object) if (!KNOWN_KEYS.has(key)) return null;
  const values = new Array<unknown>(CANONICAL_FIELDS.length);
  for (let i = 0; i < CANONICAL_FIELDS.length; i++) {
    const field = CANONICAL_FIELDS[i] as AccountField;
    const value = object[field];
    if (value === undefined) continue;
    const parsed = FIELD_SCHEMAS[field].safeParse(value);
    if (!parsed.success) return null;
    values[i] = parsed.data;
  }
  if (values[F.id] === undefined || values[F.name] === undefined) return null;
  let custom: Record<string, unknown> | undefined;
  if (object.custom !== undefined) {
    const parsed = FIELD_SCHEMAS.custom.safeParse(object.custom);
    if (!parsed.success) return null;
    custom = parsed.data;
  }
  return accountFromValues(values, custom);
}

/** The checker of stored accounts' values: long-lived, so the answers for repeating values (picklists, dates) are remembered across reads. */
const storedValueChecker = createFieldChecker();

/**
 * An account stored as the array of its values (lib/db/account-chunk.ts: the field table's fields from
 * the start, however many the version that wrote it had, `custom` last, null for a missing value),
 * checked exactly as parseAccountObject checks the object it stands for, without building that
 * object, and with the field checker's shortcuts (field-checker.ts, held to the schemas' answers by a
 * test): a scan of a million stored accounts spent most of its time in zod's per-value parse. null
 * when it fails; `stored` must have from 2 values to one per field plus `custom`.
 */
export function parseAccountValues(stored: readonly unknown[]): Account | null {
  const fields = stored.length - 1;
  if (fields < 1 || fields > CANONICAL_FIELDS.length) return null;
  const values = new Array<unknown>(CANONICAL_FIELDS.length);
  for (let i = 0; i < fields; i++) {
    const value = stored[i];
    if (value === null) continue;
    const checked = storedValueChecker(i, value);
    if (!checked.ok) return null;
    values[i] = checked.value;
  }
  if (values[F.id] === undefined || values[F.name] === undefined) return null;
  const custom = stored[fields];
  if (custom === null) return accountFromValues(values, undefined);
  if (customShortcut(custom) !== ASK_SCHEMA) return accountFromValues(values, custom as Record<string, unknown>);
  const parsed = FIELD_SCHEMAS.custom.safeParse(custom);
  return parsed.success ? accountFromValues(values, parsed.data) : null;
}
