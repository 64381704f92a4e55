import type { ObjectType } from '../recognition';

/** What kind of record a Salesforce id is, from its three-character key prefix. */
const SALESFORCE_KEY_PREFIXES: Record<string, ObjectType> = { '001': 'account', '003': 'contact', '00Q': 'lead', '006': 'opportunity' };

/** Whether text looks like a Salesforce record id: 15 or 18 letters and digits, with a digit among them. */
export function isSalesforceId(text: string | null | undefined): text is string {
  return typeof text === 'string' && /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(text) && /\d/.test(text);
}

/** The object type a Salesforce key prefix (`001`) or id stands for; `other` for custom and other objects. */
export function salesforceObjectType(idOrPrefix: string): ObjectType {
  return SALESFORCE_KEY_PREFIXES[idOrPrefix.slice(0, 3)] ?? 'other';
}

/** The object type of a Salesforce prefix, only when it is one of the four we know (for list pages like `/001/o`). */
export function knownSalesforcePrefix(prefix: string): ObjectType | null {
  return SALESFORCE_KEY_PREFIXES[prefix] ?? null;
}

/** A Dynamics record GUID as spec §4 writes it: lower-case, without braces; null when it is none. */
export function dynamicsGuid(text: string | null | undefined): string | null {
  const guid = text
    ?.trim()
    .replace(/^\{|\}$/g, '')
    .toLowerCase();
  return guid && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(guid) ? guid : null;
}

/** A numeric record id (HubSpot, Pipedrive, Zoho); null when the segment is a word like `list`. */
export function numericId(text: string | null | undefined): string | null {
  return text && /^\d{1,25}$/.test(text) ? text : null;
}

const OBJECT_NAMES: Record<string, ObjectType> = {};
for (const [type, names] of Object.entries({
  account: ['account', 'accounts', 'organization', 'organizations', 'company', 'companies'],
  contact: ['contact', 'contacts', 'person', 'persons', 'people'],
  lead: ['lead', 'leads'],
  opportunity: ['opportunity', 'opportunities', 'deal', 'deals', 'potential', 'potentials'],
}) as [ObjectType, string[]][]) {
  for (const name of names) OBJECT_NAMES[name] = type;
}

/** The object type a CRM object name stands for (`Account`, `companies`, `Potentials`), or `other`. */
export function objectTypeOfName(name: string): ObjectType {
  return OBJECT_NAMES[name.toLowerCase()] ?? 'other';
}
