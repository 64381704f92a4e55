import { ACCOUNT_FIELD_TABLE, type AccountField, FIELD_NAMES, type FieldKind } from '../schema/account-fields';
import { readCustomerType } from './picklists';
import {
  readBoolean,
  readDate,
  readDomain,
  readDomains,
  readList,
  readNumber,
  readNumericId,
  readSlug,
  readText,
  type ValueRead,
} from './value-readers';

/** How a cell is read for each kind of field (spec §1 types and bounds). */
const READERS: Record<FieldKind, (raw: unknown) => ValueRead<unknown>> = {
  text: readText,
  domain: readDomain,
  domains: readDomains,
  list: readList,
  count: (raw) => readNumber(raw, { integer: true, min: 0 }),
  amount: (raw) => readNumber(raw, { min: 0 }),
  score: (raw) => readNumber(raw, { min: 0, max: 100 }),
  date: readDate,
  boolean: readBoolean,
  customerType: readCustomerType,
  slug: readSlug,
  numericId: readNumericId,
};

/** How each canonical field reads a cell: its kind's reader (lib/schema/account-fields.ts). */
export const FIELD_READERS = Object.fromEntries(FIELD_NAMES.map((name) => [name, READERS[ACCOUNT_FIELD_TABLE[name].kind]])) as Record<
  AccountField,
  (raw: unknown) => ValueRead<unknown>
>;
