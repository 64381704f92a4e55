import { z } from 'zod';
import { MAX_NAME_LENGTH, MAX_URL_LENGTH, toHttpUrl, toPlainText } from './plain-text';

/** Page text: any string is accepted and comes out as plain text of sane length, or null when empty. */
const plainText = (max = MAX_NAME_LENGTH) =>
  z
    .string()
    .nullish()
    .transform((value) => (value ? toPlainText(value, max) || null : null));

/** A web address: anything but an absolute http(s) URL comes out as null. */
const webAddress = z
  .string()
  .nullish()
  .transform((value) => toHttpUrl(value));

/** A list cut to `max` items, so that a hostile page cannot make a message or a store grow without end. */
const shortList = <T extends z.ZodType>(item: T, max: number) => z.array(item).transform((items) => items.slice(0, max));

/** A company described by the page's JSON-LD (`Organization` or one of its subtypes). */
export const OrganizationSignalSchema = z.object({
  name: plainText(),
  legalName: plainText(),
  url: webAddress,
  sameAs: shortList(webAddress, 20).transform((urls) => urls.filter((url): url is string => url !== null)),
});

/** The account a CRM contact, lead or opportunity page shows, by CRM id and/or name. */
export const RelatedAccountSignalSchema = z.object({
  id: plainText(100),
  name: plainText(),
});

/** What a CRM, LinkedIn or Crunchbase page shows about its record. */
export const RecordSignalSchema = z.object({
  /** The record's display name (a company for accounts; a person for contacts and leads). */
  name: plainText(),
  /** The company's website as the page shows it (`www.acme.com`, `https://acme.com/`). */
  website: plainText(MAX_URL_LENGTH),
  relatedAccount: RelatedAccountSignalSchema.nullish().transform((value) => value ?? null),
});

/** An email address: anything else comes out as null (only addresses are ever read from mail). */
const emailAddress = z
  .string()
  .nullish()
  .transform((value) => {
    const text = value?.trim().toLowerCase() ?? '';
    return text.length <= 254 && /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[^\s@<>"(),;:]+$/.test(text) ? text : null;
  });
const addressList = shortList(emailAddress, 100).transform((list) => list.filter((a): a is string => a !== null));

/** One message of a mail thread, by its addresses only: never a subject or a body. */
export const MailMessageSchema = z.object({ from: emailAddress, to: addressList, cc: addressList });

/** What a mail page (Gmail, Outlook on the web) shows of the open thread: the signed-in user and each message's addresses, the one in view last. */
export const MailSignalSchema = z.object({
  user: emailAddress,
  messages: shortList(MailMessageSchema, 100),
});

/**
 * What a content script read on a page: the site's own description of itself (og:site_name, canonical
 * link, JSON-LD) and, on CRM and directory pages, the record. Parsing cleans: every text is plain text,
 * cut to sane lengths, and every address an absolute http(s) URL or null.
 */
export const PageSignalsSchema = z.object({
  /** The page these signals were read on. */
  url: z.string().transform((url) => url.slice(0, 8192)),
  siteName: plainText(),
  /** The document's title: a company site's name is often one of its parts ("LeanData | The Winds of Change"). */
  title: plainText(),
  canonicalUrl: webAddress,
  organizations: shortList(OrganizationSignalSchema, 10),
  record: RecordSignalSchema.nullish().transform((value) => value ?? null),
  /** On a mail page, the open thread's addresses; absent elsewhere. */
  mail: MailSignalSchema.nullish().transform((value) => value ?? undefined),
});

export type PageSignals = z.infer<typeof PageSignalsSchema>;
export type PageSignalsInput = z.input<typeof PageSignalsSchema>;
export type RecordSignals = z.infer<typeof RecordSignalSchema>;
export type RecordSignalsInput = z.input<typeof RecordSignalSchema>;
export type OrganizationSignal = z.infer<typeof OrganizationSignalSchema>;
export type MailSignals = z.infer<typeof MailSignalSchema>;
export type MailSignalsInput = z.input<typeof MailSignalSchema>;
