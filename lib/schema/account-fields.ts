import { z } from 'zod';

export const CUSTOMER_TYPES = ['prospect', 'customer', 'partner', 'former-customer'] as const;

const text = z.string().trim().min(1);
const score = z.number().min(0).max(100);
const list = z.array(text);
// A refine rather than .int(): zod's int check stops the parse, hiding the row's other errors.
const count = z.number().nonnegative().refine(Number.isInteger, 'must be a whole number');
const amount = z.number().nonnegative();
/** ISO 8601 date (`2026-11-02`) or date-time with an offset or `Z`. */
export const IsoDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })]);
/** The value schemas most account fields share, for lib/import/field-checker's shortcut. */
export const ACCOUNT_VALUE_SCHEMAS = { text, score, list, count, amount } as const;

/**
 * How a cell of an export is read into the field (lib/import/field-readers.ts has a reader for each):
 * plain text, a website or domain, a list, a number of each kind, a date, yes/no, a picklist, a
 * directory slug or a directory's numeric id (either also from the page's URL).
 */
export type FieldKind =
  | 'text'
  | 'domain'
  | 'domains'
  | 'list'
  | 'count'
  | 'amount'
  | 'score'
  | 'date'
  | 'boolean'
  | 'customerType'
  | 'slug'
  | 'numericId';

type FieldOptions = {
  /** `id` and `name`; every other field may be missing. */
  required?: true;
  /** Headers of common CRM exports that mean this field, folded (lower case, letters and digits only). */
  aliases?: readonly string[];
  /** The CRM whose record id the field holds (lookup keys `<crm>:<id>`, spec §4). */
  crm?: string;
  /** The company directory whose page the field names (lookup keys `<directory>:<slug>`). */
  directory?: 'linkedin' | 'crunchbase';
};

function field<S extends z.ZodType, K extends FieldKind, const O extends FieldOptions = Record<never, never>>(
  schema: S,
  kind: K,
  options: O = {} as O,
) {
  return { schema, kind, ...options };
}

/**
 * The fields of an account (spec §1), declared once: the schema, the import's readers and header
 * mapping, the stored layout, the recognizer's id and directory keys and the field names people read
 * (`field.<name>` in lib/i18n/messages/fields.ts) are all derived from this table. Its order is the
 * stored order (lib/db/account-chunk.ts): a field is added at the end, never moved or removed, and
 * needs no database migration.
 */
export const ACCOUNT_FIELD_TABLE = {
  id: field(text, 'text', { required: true, aliases: ['accountid', 'recordid', 'companyid', 'organizationid', 'externalid'] }),
  name: field(text, 'text', {
    required: true,
    aliases: ['accountname', 'companyname', 'company', 'organization', 'organisation', 'organizationname', 'legalname'],
  }),
  domain: field(text, 'domain', {
    aliases: ['website', 'websiteurl', 'companydomainname', 'companydomain', 'url', 'web', 'homepage', 'companywebsite'],
  }),
  aliases: field(list, 'domains', { aliases: ['otherdomains', 'additionaldomains', 'domainaliases'] }),
  industry: field(text, 'text', { aliases: ['sector', 'industrysector'] }),
  employees: field(count, 'count', {
    aliases: ['numberofemployees', 'numofemployees', 'employeecount', 'headcount', 'noofemployees', 'employeesnumber'],
  }),
  annualRevenue: field(amount, 'amount', { aliases: ['annualrevenueusd', 'yearlyrevenue'] }),
  country: field(text, 'text', { aliases: ['billingcountry', 'countryregion', 'hqcountry', 'headquarterscountry'] }),
  region: field(text, 'text', {
    aliases: ['billingstateprovince', 'billingstate', 'stateregion', 'state', 'province', 'stateprovince', 'hqstate'],
  }),
  city: field(text, 'text', { aliases: ['billingcity', 'hqcity', 'headquarterscity'] }),
  customerType: field(z.enum(CUSTOMER_TYPES), 'customerType', { aliases: ['type', 'accounttype', 'companytype'] }),
  journeyStage: field(text, 'text', { aliases: ['lifecyclestage', 'stage', 'buyingstage'] }),
  qualificationScore: field(score, 'score'),
  intentScore: field(score, 'score'),
  engagementScore: field(score, 'score'),
  intentTopics: field(list, 'list'),
  productsOwned: field(list, 'list'),
  techStack: field(list, 'list'),
  pageViews90d: field(count, 'count', { aliases: ['pageviews'] }),
  lastVisitAt: field(IsoDateSchema, 'date', { aliases: ['lastvisit', 'lastvisitdate', 'lastwebsitevisit'] }),
  ownerId: field(text, 'text', { aliases: ['accountowner', 'companyowner', 'owner', 'accountownerid', 'hubspotowner', 'owneremail'] }),
  team: field(text, 'text', { aliases: ['ownerteam', 'salesteam'] }),
  onTal: field(z.boolean(), 'boolean', { aliases: ['tal', 'targetaccount', 'ontargetaccountlist'] }),
  salesforceId: field(text, 'text', { crm: 'salesforce', aliases: ['sfdcid', 'salesforceaccountid', 'sfid'] }),
  hubspotId: field(text, 'text', { crm: 'hubspot', aliases: ['hubspotcompanyid', 'hsobjectid'] }),
  dynamicsId: field(text, 'text', { crm: 'dynamics' }),
  pipedriveId: field(text, 'text', { crm: 'pipedrive' }),
  zohoId: field(text, 'text', { crm: 'zoho' }),
  linkedinSlug: field(text, 'slug', {
    directory: 'linkedin',
    aliases: ['linkedin', 'linkedinurl', 'linkedincompanypage', 'linkedincompany'],
  }),
  crunchbaseSlug: field(text, 'slug', { directory: 'crunchbase', aliases: ['crunchbase', 'crunchbaseurl'] }),
  // LinkedIn's numeric company id (`/company/1441/`), matched as a record id is (spec §4).
  linkedinId: field(text, 'numericId', { crm: 'linkedin', aliases: ['linkedincompanyid', 'linkedinorganizationid'] }),
};

export type AccountFieldTable = typeof ACCOUNT_FIELD_TABLE;
/** A canonical account field (`custom` holds every other column). */
export type AccountField = keyof AccountFieldTable;

/** The canonical fields in table order (= the stored order). */
export const FIELD_NAMES = Object.keys(ACCOUNT_FIELD_TABLE) as AccountField[];

type Shape = {
  [K in AccountField]: AccountFieldTable[K] extends { required: true }
    ? AccountFieldTable[K]['schema']
    : z.ZodOptional<AccountFieldTable[K]['schema']>;
};

/** Each field's schema as the account holds it: required or optional. */
export const ACCOUNT_FIELD_SHAPE = Object.fromEntries(
  FIELD_NAMES.map((name) => {
    const spec: { schema: z.ZodType; required?: true } = ACCOUNT_FIELD_TABLE[name];
    return [name, spec.required ? spec.schema : spec.schema.optional()];
  }),
) as Shape;

type CrmIdSources = {
  [K in AccountField as AccountFieldTable[K] extends { crm: infer C extends string } ? C : never]: K;
};
type SlugSources = {
  [K in AccountField as AccountFieldTable[K] extends { directory: infer D extends string } ? D : never]: K;
};

/** The fields that hold a CRM's record id, by CRM (`{salesforce: 'salesforceId', …}`). */
export const CRM_ID_SOURCES = Object.fromEntries(
  FIELD_NAMES.flatMap((name) => {
    const spec = ACCOUNT_FIELD_TABLE[name] as FieldOptions;
    return spec.crm ? [[spec.crm, name]] : [];
  }),
) as CrmIdSources;

/** The fields that name a directory's company page, by directory (`{linkedin: 'linkedinSlug', …}`). */
export const SLUG_SOURCES = Object.fromEntries(
  FIELD_NAMES.flatMap((name) => {
    const spec = ACCOUNT_FIELD_TABLE[name] as FieldOptions;
    return spec.directory ? [[spec.directory, name]] : [];
  }),
) as SlugSources;
