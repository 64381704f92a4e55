import type { Account } from '../schema/account';
import { type AccountField, FIELD_NAMES } from '../schema/account-fields';

/** The canonical fields in table order, and each one's index in a row's values. */
export const CANONICAL_FIELDS: readonly AccountField[] = FIELD_NAMES;
export const FIELD_INDEX = Object.fromEntries(CANONICAL_FIELDS.map((field, i) => [field, i])) as Record<AccountField, number>;
const F = FIELD_INDEX;

/**
 * An account from a row's values (by FIELD_INDEX), with every key of the schema present and undefined
 * when missing: one object shape for all accounts, which keeps a million of them fast to build, check,
 * serialize and index (JSON leaves the undefined keys out). Listing the keys is checked by `satisfies`.
 */
export function accountFromValues(v: readonly unknown[], custom: Record<string, unknown> | undefined): Account {
  return {
    id: v[F.id],
    name: v[F.name],
    domain: v[F.domain],
    aliases: v[F.aliases],
    industry: v[F.industry],
    employees: v[F.employees],
    annualRevenue: v[F.annualRevenue],
    country: v[F.country],
    region: v[F.region],
    city: v[F.city],
    customerType: v[F.customerType],
    journeyStage: v[F.journeyStage],
    qualificationScore: v[F.qualificationScore],
    intentScore: v[F.intentScore],
    engagementScore: v[F.engagementScore],
    intentTopics: v[F.intentTopics],
    productsOwned: v[F.productsOwned],
    techStack: v[F.techStack],
    pageViews90d: v[F.pageViews90d],
    lastVisitAt: v[F.lastVisitAt],
    ownerId: v[F.ownerId],
    team: v[F.team],
    onTal: v[F.onTal],
    salesforceId: v[F.salesforceId],
    hubspotId: v[F.hubspotId],
    dynamicsId: v[F.dynamicsId],
    pipedriveId: v[F.pipedriveId],
    zohoId: v[F.zohoId],
    linkedinSlug: v[F.linkedinSlug],
    crunchbaseSlug: v[F.crunchbaseSlug],
    linkedinId: v[F.linkedinId],
    custom,
  } satisfies Record<keyof Account, unknown> as Account;
}
