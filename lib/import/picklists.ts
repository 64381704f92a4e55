import { CUSTOMER_TYPES, type CustomerType } from '../schema/account';
import type { ValueRead } from './value-readers';
import { readText } from './value-readers';

/** Picklist values of CRM exports (spec §1), folded to lower case with single spaces. */
const CUSTOMER_TYPE_VALUES: Record<string, CustomerType> = {
  // Salesforce Account `Type`
  'customer - direct': 'customer',
  'customer - channel': 'customer',
  'channel partner / reseller': 'partner',
  'technology partner': 'partner',
  reseller: 'partner',
  integrator: 'partner',
  // canonical values written with spaces or underscores
  'former customer': 'former-customer',
  former_customer: 'former-customer',
  'ex-customer': 'former-customer',
};
for (const type of CUSTOMER_TYPES) CUSTOMER_TYPE_VALUES[type] = type;

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/** `customerType` from a canonical value or a Salesforce `Type` picklist value (`Customer - Direct` → customer). */
export function readCustomerType(raw: unknown): ValueRead<CustomerType> {
  const text = readText(raw);
  if (text === null || 'problem' in text) return text;
  const type = CUSTOMER_TYPE_VALUES[fold(text.value)];
  if (type) return { value: type };
  return { problem: `"${text.value}" is not a customer type (${CUSTOMER_TYPES.join(', ')})` };
}

/** HubSpot lifecycle stages that make a company a customer; every other stage is a prospect (spec §1). */
const CUSTOMER_STAGES = new Set(['customer', 'evangelist']);

/** The `customerType` a HubSpot `Lifecycle Stage` implies. */
export function customerTypeOfLifecycleStage(stage: string): CustomerType {
  return CUSTOMER_STAGES.has(fold(stage.trim())) ? 'customer' : 'prospect';
}
