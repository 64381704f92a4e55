import { type AccountField, FIELD_NAMES } from '../schema/account-fields';

/** The canonical fields in table order, and each one's index in a row's values. */
export const CANONICAL_FIELDS: readonly AccountField[] = FIELD_NAMES;
export const FIELD_INDEX = Object.fromEntries(CANONICAL_FIELDS.map((field, i) => [field, i])) as Record<AccountField, number>;

export { accountFromValues } from './account-from-values.generated';
