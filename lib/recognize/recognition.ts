import { z } from 'zod';
import { MATCH_KINDS } from './keys';
import { SOURCE_MODULES } from './sources/registry.generated';

/** Where a page comes from (spec §5): a CRM, a company directory (one folder each in sources/), a company's own site, or nothing we read. */
export type PageSourceId = (typeof SOURCE_MODULES)[number]['id'] | 'website' | 'unsupported';
export const PAGE_SOURCES = [...SOURCE_MODULES.map((source) => source.id), 'website', 'unsupported'] as unknown as [
  PageSourceId,
  ...PageSourceId[],
];
export const PageSourceIdSchema = z.enum(PAGE_SOURCES);

/** What kind of record a page shows (spec §5). A HubSpot company, Pipedrive organization, Zoho or Dynamics account are all `account`. */
export const OBJECT_TYPES = ['account', 'contact', 'lead', 'opportunity', 'other'] as const;
export const ObjectTypeSchema = z.enum(OBJECT_TYPES);
export type ObjectType = z.infer<typeof ObjectTypeSchema>;

/**
 * How an account was found: one of the match kinds of spec §4, or `choice` when the rep picked it
 * earlier for this page (never produced by the `tal` command, which has no remembered choices).
 */
export const MatchBySchema = z.enum([...MATCH_KINDS, 'choice']);
export type MatchBy = z.infer<typeof MatchBySchema>;

/** One account the page may be about, with how it was found and how sure we are (0–1). */
export const AccountMatchSchema = z.object({
  accountId: z.string(),
  by: MatchBySchema,
  confidence: z.number().min(0).max(1),
});
export type AccountMatch = z.infer<typeof AccountMatchSchema>;

/** What the URL alone says about a page, without any account data. */
export const PageUrlInfoSchema = z.object({
  source: PageSourceIdSchema,
  domain: z.string().nullable(),
  recordId: z.string().nullable(),
  objectType: ObjectTypeSchema.nullable(),
  slug: z.string().nullable(),
});
export type PageUrlInfo = z.infer<typeof PageUrlInfoSchema>;

/**
 * On a mail page, who the open thread is with (an extension of spec §5, present on mail pages only):
 * the companies of everyone but the user's side, with how many people each, in order of appearance,
 * and, when the correspondent writes from a free-mail address, that provider's domain (no company).
 */
export const MailThreadSchema = z.object({
  companies: z.array(z.object({ domain: z.string(), people: z.number().int().positive() })),
  personalDomain: z.string().nullable(),
});
export type MailThread = z.infer<typeof MailThreadSchema>;

/** The answer to "which company is this page about?", key for key the JSON of `tal recognize` (spec §5). */
export const RecognitionSchema = z.object({
  ...PageUrlInfoSchema.shape,
  name: z.string().nullable(),
  match: AccountMatchSchema.nullable(),
  candidates: z.array(AccountMatchSchema),
  thread: MailThreadSchema.optional(),
});
export type Recognition = z.infer<typeof RecognitionSchema>;
