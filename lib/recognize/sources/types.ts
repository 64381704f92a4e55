import type { CrmId, SlugSource } from '../keys';
import type { ObjectType, PageUrlInfo } from '../recognition';
import type { MailSignalsInput, RecordSignalsInput } from '../signals/schema';

/** What a platform page's URL says: the record it shows, if any, and its kind (or a directory slug). */
export type UrlRecord = { recordId: string | null; objectType: ObjectType | null; slug: string | null };

/** A page that is no record (home, setup, login): what `parseUrl` gives when nothing else fits. */
export const NO_RECORD: UrlRecord = { recordId: null, objectType: null, slug: null };

type PlatformBase = {
  /** Match patterns of the hosts whose pages the content script reads (they become host permissions). */
  matches: readonly string[];
  /** Whether a (lower-case, punycode) host name is this platform's app, by exact registrable-domain checks. */
  matchHost(host: string): boolean;
  /**
   * Whether an address on a host of the customer's own is this platform's app by the shape of its
   * path and query (an on-premises Dynamics 365 server); tried only after every `matchHost` said no.
   */
  matchUrl?(url: URL): boolean;
  /** The record a URL on one of this platform's hosts shows; `NO_RECORD` for pages that are no record. */
  parseUrl(url: URL): UrlRecord;
};

type RecordPlatform = PlatformBase & {
  /** What the page shows about its record: name, website, and the related account of a contact or deal. */
  readPage(document: Document, page: UrlRecord): RecordSignalsInput;
};

/** A CRM: accounts are found by the record id of its pages. */
export type CrmSource = RecordPlatform & { kind: 'crm'; id: CrmId };
/** A company directory: accounts are found by the slug of its company pages. */
export type DirectorySource = RecordPlatform & { kind: 'directory'; id: SlugSource };
/**
 * Mail on the web (Gmail, Outlook): a page's company is its open message's correspondent's (spec §4),
 * read from the message's addresses only, never its subject or body.
 */
export type MailSource = PlatformBase & {
  kind: 'mail';
  id: 'gmail' | 'outlook';
  /** The open thread's addresses, read from the page at `url`. */
  readMail(document: Document, url: URL): MailSignalsInput | null;
};
/** One platform we recognize pages of, behind one interface: adding a CRM is adding one module. */
export type PlatformSource = CrmSource | DirectorySource | MailSource;

/** One URL of a source's URL table and what parsePageUrl must give for it (a subset of the keys). */
export type UrlCase = [url: string, expected: Partial<PageUrlInfo>];

/** What a source's reader must read from one of its fixture pages (`fixtures/pages.json`). */
export type FixturePage = {
  file: string;
  url: string;
  /** What a CRM or directory reader reads; null for a page with no record (and for mail pages). */
  record: { name: string | null; website: string | null; relatedAccount: { id: string | null; name: string } | null } | null;
  /** What a mail reader reads: the signed-in user and each message's addresses. */
  mail?: { user: string | null; messages: { from: string | null; to: string[]; cc: string[] }[] };
};
