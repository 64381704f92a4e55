import { type AccountField, FIELD_BY_FOLDED_HEADER, foldHeader, stripObjectPrefix } from './header-aliases';

/**
 * What one column fills: a canonical field, a key of `custom`, or nothing (the user chose to ignore it).
 * `derive` marks export columns that imply a second field: a HubSpot lifecycle stage gives the customer
 * type, a HubSpot `Record ID` is also the HubSpot id (so the CRM record page is recognized).
 */
export type ColumnTarget =
  | { kind: 'field'; field: AccountField; derive?: ColumnDerivation }
  | { kind: 'custom'; key: string }
  | { kind: 'ignore' };

/** The mapping value of a column the user chose to leave out. */
export const IGNORE_COLUMN = 'ignore';
const CUSTOM_PREFIX = 'custom.';
type ColumnDerivation = 'customerTypeFromStage' | 'hubspotIdFromRecordId';
/** Export headers (folded) whose values imply a second field. */
const DERIVATIONS: Record<string, ColumnDerivation> = { lifecyclestage: 'customerTypeFromStage', recordid: 'hubspotIdFromRecordId' };

/** The header the report shows for a column: its own text, or `column N` when the cell is blank. */
export function headerLabel(header: string, index: number): string {
  const trimmed = header.trim();
  return trimmed === '' ? `column ${index + 1}` : trimmed;
}

/** The field a header maps to without configuration, if any (spec §1: case, spaces, `_`, `-` ignored). */
export function automaticField(header: string): AccountField | undefined {
  return FIELD_BY_FOLDED_HEADER.get(foldHeader(stripObjectPrefix(header))) ?? FIELD_BY_FOLDED_HEADER.get(foldHeader(header));
}

/** Reads a mapping value: a field name, `custom.<key>` (or `custom`), or `ignore`; undefined when it names nothing. */
export function parseTarget(value: string, label: string): ColumnTarget | undefined {
  if (value === IGNORE_COLUMN) return { kind: 'ignore' };
  if (value === 'custom') return { kind: 'custom', key: label };
  if (value.startsWith(CUSTOM_PREFIX) && value.length > CUSTOM_PREFIX.length)
    return { kind: 'custom', key: value.slice(CUSTOM_PREFIX.length) };
  const field = FIELD_BY_FOLDED_HEADER.get(foldHeader(value));
  return field && foldHeader(field) === foldHeader(value) ? { kind: 'field', field } : undefined;
}

/** The mapping value of a target, as `tal import` reports it. */
export function targetName(target: ColumnTarget): string {
  if (target.kind === 'field') return target.field;
  return target.kind === 'custom' ? `${CUSTOM_PREFIX}${target.key}` : IGNORE_COLUMN;
}

/**
 * Decides what every column fills. `overrides` (header → mapping value) are the user's corrections;
 * an override naming no field is an error the caller shows. Repeated blank or equal headers get
 * distinct custom keys (`Phone`, `Phone (2)`) so no column overwrites another.
 */
export function planColumns(headers: readonly string[], overrides: Readonly<Record<string, string>> = {}) {
  const targets: ColumnTarget[] = [];
  const mapping: Record<string, string> = {};
  const usedKeys = new Set<string>();
  headers.forEach((header, index) => {
    let label = headerLabel(header, index);
    for (let n = 2; usedKeys.has(label); n++) label = `${headerLabel(header, index)} (${n})`;
    usedKeys.add(label);
    const override = overrides[label] ?? overrides[header];
    const automatic = automaticField(header);
    let target: ColumnTarget;
    if (override !== undefined) {
      const parsed = parseTarget(override, label);
      if (!parsed) throw new RangeError(`"${override}" is not a field, custom.<name> or ${IGNORE_COLUMN} (column "${label}")`);
      target = parsed;
    } else if (automatic) target = { kind: 'field', field: automatic };
    else target = { kind: 'custom', key: label.startsWith(CUSTOM_PREFIX) ? label.slice(CUSTOM_PREFIX.length) : label };
    const derive = DERIVATIONS[foldHeader(stripObjectPrefix(header))];
    if (target.kind === 'field' && derive && target.field === automatic) target.derive = derive;
    targets.push(target);
    mapping[label] = targetName(target);
  });
  return { targets, labels: [...usedKeys], mapping };
}
