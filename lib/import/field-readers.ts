import type { AccountField } from './header-aliases';
import { readCustomerType } from './picklists';
import { readBoolean, readDate, readDomain, readDomains, readList, readNumber, readSlug, readText, type ValueRead } from './value-readers';

const score = (raw: unknown) => readNumber(raw, { min: 0, max: 100 });
const count = (raw: unknown) => readNumber(raw, { integer: true, min: 0 });

/** How each canonical field reads a cell (spec §1 types and bounds). */
export const FIELD_READERS: Record<AccountField, (raw: unknown) => ValueRead<unknown>> = {
  id: readText,
  name: readText,
  domain: readDomain,
  aliases: readDomains,
  industry: readText,
  employees: count,
  annualRevenue: (raw) => readNumber(raw, { min: 0 }),
  country: readText,
  region: readText,
  city: readText,
  customerType: readCustomerType,
  journeyStage: readText,
  qualificationScore: score,
  intentScore: score,
  engagementScore: score,
  intentTopics: readList,
  productsOwned: readList,
  techStack: readList,
  pageViews90d: count,
  lastVisitAt: readDate,
  ownerId: readText,
  team: readText,
  onTal: readBoolean,
  salesforceId: readText,
  hubspotId: readText,
  dynamicsId: readText,
  pipedriveId: readText,
  zohoId: readText,
  linkedinSlug: readSlug,
  crunchbaseSlug: readSlug,
};
