import { z } from 'zod';

export const CUSTOMER_TYPES = ['prospect', 'customer', 'partner', 'former-customer'] as const;
export const CRM_ID_FIELDS = ['salesforceId', 'hubspotId', 'dynamicsId', 'pipedriveId', 'zohoId'] as const;
export type CrmIdField = (typeof CRM_ID_FIELDS)[number];

const text = z.string().trim().min(1);
const score = z.number().min(0).max(100);
const list = z.array(text);
// A refine rather than .int(): zod's int check stops the parse, hiding the row's other errors.
const count = z.number().nonnegative().refine(Number.isInteger, 'must be a whole number');
const amount = z.number().nonnegative();
/** The value schemas most account fields share (each field's is one of these, optional), for lib/import/field-checker's shortcut. */
export const ACCOUNT_VALUE_SCHEMAS = { text, score, list, count, amount } as const;
/** ISO 8601 date (`2026-11-02`) or date-time with an offset or `Z`. */
export const IsoDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })]);

/** One company, with the canonical fields of spec §1. Unknown keys are refused: extra columns live in `custom`. */
export const AccountSchema = z.strictObject({
  id: text,
  name: text,
  domain: text.optional(),
  aliases: list.optional(),
  industry: text.optional(),
  employees: count.optional(),
  annualRevenue: amount.optional(),
  country: text.optional(),
  region: text.optional(),
  city: text.optional(),
  customerType: z.enum(CUSTOMER_TYPES).optional(),
  journeyStage: text.optional(),
  qualificationScore: score.optional(),
  intentScore: score.optional(),
  engagementScore: score.optional(),
  intentTopics: list.optional(),
  productsOwned: list.optional(),
  techStack: list.optional(),
  pageViews90d: count.optional(),
  lastVisitAt: IsoDateSchema.optional(),
  ownerId: text.optional(),
  team: text.optional(),
  onTal: z.boolean().optional(),
  salesforceId: text.optional(),
  hubspotId: text.optional(),
  dynamicsId: text.optional(),
  pipedriveId: text.optional(),
  zohoId: text.optional(),
  linkedinSlug: text.optional(),
  crunchbaseSlug: text.optional(),
  custom: z.record(z.string(), z.unknown()).optional(),
});

export type Account = z.infer<typeof AccountSchema>;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

/** Canonical field names, in spec order: what a rule's `field` may name besides `custom.<header>`. */
export const ACCOUNT_FIELDS = Object.keys(AccountSchema.shape) as (keyof Account)[];

/** The kinds of value a canonical field holds, for rule validation and CSV reading. */
export const FIELD_KINDS: Record<Exclude<keyof Account, 'custom'>, 'string' | 'number' | 'integer' | 'list' | 'boolean' | 'date'> = {
  id: 'string',
  name: 'string',
  domain: 'string',
  aliases: 'list',
  industry: 'string',
  employees: 'integer',
  annualRevenue: 'number',
  country: 'string',
  region: 'string',
  city: 'string',
  customerType: 'string',
  journeyStage: 'string',
  qualificationScore: 'number',
  intentScore: 'number',
  engagementScore: 'number',
  intentTopics: 'list',
  productsOwned: 'list',
  techStack: 'list',
  pageViews90d: 'integer',
  lastVisitAt: 'date',
  ownerId: 'string',
  team: 'string',
  onTal: 'boolean',
  salesforceId: 'string',
  hubspotId: 'string',
  dynamicsId: 'string',
  pipedriveId: 'string',
  zohoId: 'string',
  linkedinSlug: 'string',
  crunchbaseSlug: 'string',
};
