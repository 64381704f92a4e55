import { ACCOUNT_FIELDS, type Account } from '../schema/account';

/** A canonical account field a column can fill (`custom` is filled by the columns no field claims). */
export type AccountField = Exclude<keyof Account, 'custom'>;

/** A header folded for matching: case, spaces, `_`, `-` and other punctuation ignored (`Billing State/Province` → `billingstateprovince`). */
export function foldHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Report and export headers name the object first (`Account: Account Name`, `Company: Website`).
 * Only the account's own object is stripped: `Contact: Phone` describes someone else and stays custom.
 */
export function stripObjectPrefix(header: string): string {
  return header.replace(/^\s*(account|company|organi[sz]ation)\s*[:.]\s*/i, '');
}

/** Headers of common exports, folded, by field: Salesforce reports and Data Loader, HubSpot, and plain names. */
const ALIASES: Partial<Record<AccountField, string[]>> = {
  id: ['accountid', 'recordid', 'companyid', 'organizationid', 'externalid'],
  name: ['accountname', 'companyname', 'company', 'organization', 'organisation', 'organizationname', 'legalname'],
  domain: ['website', 'websiteurl', 'companydomainname', 'companydomain', 'url', 'web', 'homepage', 'companywebsite'],
  aliases: ['otherdomains', 'additionaldomains', 'domainaliases'],
  industry: ['sector', 'industrysector'],
  employees: ['numberofemployees', 'numofemployees', 'employeecount', 'headcount', 'noofemployees', 'employeesnumber'],
  annualRevenue: ['annualrevenueusd', 'yearlyrevenue'],
  country: ['billingcountry', 'countryregion', 'hqcountry', 'headquarterscountry'],
  region: ['billingstateprovince', 'billingstate', 'stateregion', 'state', 'province', 'stateprovince', 'hqstate'],
  city: ['billingcity', 'hqcity', 'headquarterscity'],
  customerType: ['type', 'accounttype', 'companytype'],
  journeyStage: ['lifecyclestage', 'stage', 'buyingstage'],
  ownerId: ['accountowner', 'companyowner', 'owner', 'accountownerid', 'hubspotowner', 'owneremail'],
  team: ['ownerteam', 'salesteam'],
  onTal: ['tal', 'targetaccount', 'ontargetaccountlist'],
  salesforceId: ['sfdcid', 'salesforceaccountid', 'sfid'],
  hubspotId: ['hubspotcompanyid', 'hsobjectid'],
  linkedinSlug: ['linkedin', 'linkedinurl', 'linkedincompanypage', 'linkedincompany'],
  crunchbaseSlug: ['crunchbase', 'crunchbaseurl'],
  lastVisitAt: ['lastvisit', 'lastvisitdate', 'lastwebsitevisit'],
  pageViews90d: ['pageviews'],
};

/** Folded header → field: every canonical name (so camelCase headers map to themselves) and every alias. */
export const FIELD_BY_FOLDED_HEADER: ReadonlyMap<string, AccountField> = new Map(
  ACCOUNT_FIELDS.filter((field): field is AccountField => field !== 'custom').flatMap((field) => [
    [foldHeader(field), field] as const,
    ...(ALIASES[field] ?? []).map((alias) => [alias, field] as const),
  ]),
);
