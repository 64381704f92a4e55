import { ACCOUNT_FIELD_TABLE, type AccountField, FIELD_NAMES } from '../../schema/account-fields';

type FieldMessages = Record<`field.${AccountField}`, string>;

/** The names of the fields in one locale: the field table's labels (lib/schema/account-fields.ts), by their position. */
function labels(position: 0 | 1 | 2): FieldMessages {
  return Object.fromEntries(FIELD_NAMES.map((name) => [`field.${name}`, ACCOUNT_FIELD_TABLE[name].label[position]])) as FieldMessages;
}

/** The name people read for each account field, derived from the field table. */
export default { en: labels(0), ru: labels(1), 'zh-CN': labels(2) };
