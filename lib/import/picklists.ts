import { CUSTOMER_TYPES, type CustomerType } from '../schema/account';
import { ReadProblem, readText, type ValueRead } from './value-readers';

/** Picklist values of CRM exports (spec §1), folded to lower case with single spaces. */
const CUSTOMER_TYPE_VALUES = new Map<string, CustomerType>(
  Object.entries({
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
  } satisfies Record<string, CustomerType>),
);
for (const type of CUSTOMER_TYPES) CUSTOMER_TYPE_VALUES.set(type, type);

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/** `customerType` from a canonical value or a Salesforce `Type` picklist value (`Customer - Direct` → customer). */
export function readCustomerType(raw: unknown): ValueRead<CustomerType> {
  const text = readText(raw);
  if (typeof text !== 'string') return text;
  return CUSTOMER_TYPE_VALUES.get(fold(text)) ?? new ReadProblem(`"${text}" is not a customer type (${CUSTOMER_TYPES.join(', ')})`);
}

/** HubSpot lifecycle stages that make a company a customer; every other stage is a prospect (spec §1). */
const CUSTOMER_STAGES = new Set(['customer', 'evangelist']);

/** The `customerType` a HubSpot `Lifecycle Stage` implies. */
export function customerTypeOfLifecycleStage(stage: string): CustomerType {
  return CUSTOMER_STAGES.has(fold(stage.trim())) ? 'customer' : 'prospect';
}
