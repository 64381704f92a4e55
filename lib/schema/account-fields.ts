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
  /** The field's name as people read it, in English, Russian and Simplified Chinese (the `field.<name>` messages). */
  label: readonly [en: string, ru: string, zhCN: string];
  /** `id` and `name`; every other field may be missing. */
  required?: true;
  /** Headers of common CRM exports that mean this field, folded (lower case, letters and digits only). */
  aliases?: readonly string[];
  /** The CRM whose record id the field holds (lookup keys `<crm>:<id>`, spec §4). */
  crm?: string;
  /** The company directory whose page the field names (lookup keys `<directory>:<slug>`). */
  directory?: 'linkedin' | 'crunchbase';
};

function field<S extends z.ZodType, K extends FieldKind, const O extends FieldOptions>(schema: S, kind: K, options: O) {
  return { schema, kind, ...options };
}

/**
 * The fields of an account (spec §1), declared once: the schema, the import's readers and header
 * mapping, the stored layout, the recognizer's id and directory keys and the field names people read
 * (`field.<name>` messages) are all derived from this table. Its order is the
 * stored order (lib/db/account-chunk.ts): a field is added at the end, never moved or removed, and
 * needs no database migration.
 */
export const ACCOUNT_FIELD_TABLE = {
  id: field(text, 'text', {
    label: ['Account id', 'ID аккаунта', '账户 ID'],
    required: true,
    aliases: ['accountid', 'recordid', 'companyid', 'organizationid', 'externalid'],
  }),
  name: field(text, 'text', {
    label: ['Company name', 'Название компании', '公司名称'],
    required: true,
    aliases: ['accountname', 'companyname', 'company', 'organization', 'organisation', 'organizationname', 'legalname'],
  }),
  domain: field(text, 'domain', {
    label: ['Website', 'Сайт', '网站'],
    aliases: ['website', 'websiteurl', 'companydomainname', 'companydomain', 'url', 'web', 'homepage', 'companywebsite'],
  }),
  aliases: field(list, 'domains', {
    label: ['Other domains', 'Другие домены', '其他域名'],
    aliases: ['otherdomains', 'additionaldomains', 'domainaliases'],
  }),
  industry: field(text, 'text', { label: ['Industry', 'Отрасль', '行业'], aliases: ['sector', 'industrysector'] }),
  employees: field(count, 'count', {
    label: ['Employees', 'Сотрудники', '员工人数'],
    aliases: ['numberofemployees', 'numofemployees', 'employeecount', 'headcount', 'noofemployees', 'employeesnumber'],
  }),
  annualRevenue: field(amount, 'amount', {
    label: ['Annual revenue', 'Годовая выручка', '年收入'],
    aliases: ['annualrevenueusd', 'yearlyrevenue'],
  }),
  country: field(text, 'text', {
    label: ['Country', 'Страна', '国家/地区'],
    aliases: ['billingcountry', 'countryregion', 'hqcountry', 'headquarterscountry'],
  }),
  region: field(text, 'text', {
    label: ['Region', 'Регион', '省/州'],
    aliases: ['billingstateprovince', 'billingstate', 'stateregion', 'state', 'province', 'stateprovince', 'hqstate'],
  }),
  city: field(text, 'text', { label: ['City', 'Город', '城市'], aliases: ['billingcity', 'hqcity', 'headquarterscity'] }),
  customerType: field(z.enum(CUSTOMER_TYPES), 'customerType', {
    label: ['Customer type', 'Тип клиента', '客户类型'],
    aliases: ['type', 'accounttype', 'companytype'],
  }),
  journeyStage: field(text, 'text', {
    label: ['Journey stage', 'Этап пути клиента', '客户旅程阶段'],
    aliases: ['lifecyclestage', 'stage', 'buyingstage'],
  }),
  qualificationScore: field(score, 'score', { label: ['Qualification score', 'Оценка квалификации', '资格评分'] }),
  intentScore: field(score, 'score', { label: ['Intent score', 'Оценка намерения', '意向评分'] }),
  engagementScore: field(score, 'score', { label: ['Engagement score', 'Оценка вовлечённости', '互动评分'] }),
  intentTopics: field(list, 'list', { label: ['Intent topics', 'Темы намерений', '意向主题'] }),
  productsOwned: field(list, 'list', { label: ['Products owned', 'Используемые продукты', '已购产品'] }),
  techStack: field(list, 'list', { label: ['Tech stack', 'Технологии', '技术栈'] }),
  pageViews90d: field(count, 'count', {
    label: ['Page views (90 days)', 'Просмотры страниц (90 дней)', '页面浏览量（90 天）'],
    aliases: ['pageviews'],
  }),
  lastVisitAt: field(IsoDateSchema, 'date', {
    label: ['Last visit', 'Последний визит', '最近访问'],
    aliases: ['lastvisit', 'lastvisitdate', 'lastwebsitevisit'],
  }),
  ownerId: field(text, 'text', {
    label: ['Account owner', 'Владелец аккаунта', '账户负责人'],
    aliases: ['accountowner', 'companyowner', 'owner', 'accountownerid', 'hubspotowner', 'owneremail'],
  }),
  team: field(text, 'text', { label: ['Team', 'Команда', '团队'], aliases: ['ownerteam', 'salesteam'] }),
  onTal: field(z.boolean(), 'boolean', {
    label: ['On the TAL', 'В TAL', '在 TAL 中'],
    aliases: ['tal', 'targetaccount', 'ontargetaccountlist'],
  }),
  salesforceId: field(text, 'text', {
    label: ['Salesforce id', 'ID в Salesforce', 'Salesforce ID'],
    crm: 'salesforce',
    aliases: ['sfdcid', 'salesforceaccountid', 'sfid'],
  }),
  hubspotId: field(text, 'text', {
    label: ['HubSpot id', 'ID в HubSpot', 'HubSpot ID'],
    crm: 'hubspot',
    aliases: ['hubspotcompanyid', 'hsobjectid'],
  }),
  dynamicsId: field(text, 'text', { label: ['Dynamics 365 id', 'ID в Dynamics 365', 'Dynamics 365 ID'], crm: 'dynamics' }),
  pipedriveId: field(text, 'text', { label: ['Pipedrive id', 'ID в Pipedrive', 'Pipedrive ID'], crm: 'pipedrive' }),
  zohoId: field(text, 'text', { label: ['Zoho CRM id', 'ID в Zoho CRM', 'Zoho CRM ID'], crm: 'zoho' }),
  linkedinSlug: field(text, 'slug', {
    label: ['LinkedIn page', 'Страница LinkedIn', 'LinkedIn 主页'],
    directory: 'linkedin',
    aliases: ['linkedin', 'linkedinurl', 'linkedincompanypage', 'linkedincompany'],
  }),
  crunchbaseSlug: field(text, 'slug', {
    label: ['Crunchbase page', 'Страница Crunchbase', 'Crunchbase 主页'],
    directory: 'crunchbase',
    aliases: ['crunchbase', 'crunchbaseurl'],
  }),
  // LinkedIn's numeric company id (`/company/1441/`), matched as a record id is (spec §4).
  linkedinId: field(text, 'numericId', {
    label: ['LinkedIn company id', 'ID компании в LinkedIn', 'LinkedIn 公司 ID'],
    crm: 'linkedin',
    aliases: ['linkedincompanyid', 'linkedinorganizationid'],
  }),
  freshsalesId: field(text, 'text', { label: ['Freshsales id', 'ID в Freshsales', 'Freshsales ID'], crm: 'freshsales' }),
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
