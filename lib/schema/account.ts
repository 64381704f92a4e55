import { z } from 'zod';
import { ACCOUNT_FIELD_SHAPE, CRM_ID_SOURCES, type CUSTOMER_TYPES } from './account-fields';

export { ACCOUNT_VALUE_SCHEMAS, CUSTOMER_TYPES, IsoDateSchema } from './account-fields';

/** The fields that hold a CRM's record id, in table order. */
export const CRM_ID_FIELDS = Object.values(CRM_ID_SOURCES);
export type CrmIdField = (typeof CRM_ID_SOURCES)[keyof typeof CRM_ID_SOURCES];

/**
 * One company, with the canonical fields of spec §1 (lib/schema/account-fields.ts declares them).
 * Unknown keys are refused: extra columns live in `custom`.
 */
export const AccountSchema = z.strictObject({ ...ACCOUNT_FIELD_SHAPE, custom: z.record(z.string(), z.unknown()).optional() });

export type Account = z.infer<typeof AccountSchema>;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

/** Canonical field names, in spec order: what a rule's `field` may name besides `custom.<header>`. */
export const ACCOUNT_FIELDS = Object.keys(AccountSchema.shape) as (keyof Account)[];
