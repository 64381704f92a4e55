import { z } from 'zod';
import { AccountAnswersSchema } from '../rules/answers';
import { PlaybookSchema } from '../schema/playbook';
import { ProposalSchema } from '../schema/proposal';
import { RecertificationSchema } from '../schema/recertification';
import { PlaybookSavedOnServerSchema } from '../schema/sync-contract';
import { TeamSyncRowSchema } from './team-sync-rows';

const isoDateTime = z.iso.datetime({ offset: true });
const generation = z.number().int().positive();
const position = z.number().int().nonnegative();

/**
 * Accounts `chunk * chunkSize ..` of one cache generation: their JSON texts (arrays of values, see
 * storedAccountJson and account-chunk.ts). An account is parsed only when read.
 */
export const AccountChunkRowSchema = z.object({
  generation,
  chunk: position,
  accounts: z.array(z.string()),
});

/** One hash bucket of a generation's key index: parallel arrays of key hashes and account positions. */
export const KeyBucketRowSchema = z.object({
  generation,
  bucket: position,
  hashes: z.instanceof(Uint32Array),
  positions: z.instanceof(Uint32Array),
});

/** One page of a generation's name index: folded names (and word starts) in sorted order with their positions. */
export const NamePageRowSchema = z.object({ generation, page: position, names: z.array(z.string()), positions: z.instanceof(Uint32Array) });

export const IMPORT_MODES = ['replace', 'merge'] as const;
export const ImportModeSchema = z.enum(IMPORT_MODES);

/**
 * One generation of the account cache. An import writes a new one (`writing`) beside the active one and
 * makes it active in one final transaction, so a failed or cancelled import leaves the old cache whole.
 */
export const GenerationRowSchema = z.object({
  generation,
  status: z.enum(['writing', 'ready']),
  startedAt: isoDateTime,
  /** Its accounts. */
  count: position,
  /** The positions its chunks span, when more than `count` (holes a merge left in borrowed chunks: chunk-map.ts). */
  slots: position.optional(),
  /** Runs of chunks read from another generation's records (`[first, chunks, owner]`, owner 0: no record), chunk-map.ts. */
  borrowed: z.array(z.tuple([position, z.number().int().positive(), position])).optional(),
  chunkSize: z.number().int().positive(),
  bucketBits: z.number().int().min(0).max(24),
  /** The first entry of each name page, to find the page of a prefix without reading the others. */
  nameDirectory: z.array(z.string()),
  /** Canonical fields and custom keys that hold a value in some account, for the CSV export's columns. */
  fields: z.array(z.string()),
  customKeys: z.array(z.string()),
});

/** What one import did: when, from which file, how, and its counts (the full report stays with the UI). */
export const ImportRecordRowSchema = z.object({
  id: z.number().int().positive().optional(),
  at: isoDateTime,
  fileName: z.string(),
  mode: ImportModeSchema,
  generation,
  rows: position,
  valid: position,
  errors: position,
  warnings: position,
  accounts: position,
  mapping: z.record(z.string(), z.string()),
});

/**
 * What the account overlay adds to the active generation (lib/db/account-overlay): its revision (one
 * more at each change applied to it), its rows, how many accounts its settled rows add in all
 * (negative when they delete more than they add), and how many rows are not settled yet (whether
 * the generation holds their account is found in the background, settleOverlay), so the count
 * needs no read of the overlay once they are.
 */
export const OverlaySummarySchema = z.object({ revision: position, rows: position, net: z.number().int(), unsettled: position.default(0) });

/**
 * The pointer to the active generation: the one row an import's final transaction changes. A change
 * to the overlay rewrites it too (with the overlay's summary), so whoever watches the pointer sees it.
 */
export const ActiveCacheRowSchema = z.object({
  key: z.literal('activeCache'),
  generation,
  importId: z.number().int().positive(),
  overlay: OverlaySummarySchema.optional(),
});

/**
 * One account of the overlay: changed (`account`: its stored JSON, as in a chunk) or deleted (null)
 * since its generation was written, and whether that generation holds it (`inBase`; null until the
 * background settles it: finding out reads the generation, which a delta must not wait for). `keys`
 * are its cache keys (cacheKeyString, the id left out) and `names` its folded name (none when
 * empty), from which the overlay's directory is made; `revision` is the overlay revision that wrote it.
 */
export const OverlayEntrySchema = z.object({
  id: z.string().min(1),
  account: z.string().nullable(),
  inBase: z.boolean().nullable(),
  keys: z.array(z.string()),
  names: z.array(z.string()),
  revision: z.number().int().positive(),
});

/**
 * A page of the overlay: up to OVERLAY_PAGE_ROWS accounts of one generation's overlay in one record
 * (`[generation+page]`; a record each cost a delta four times as much to write), each account in
 * exactly one page. No index: the overlay's directory finds them.
 */
export const OverlayPageRowSchema = z.object({ generation, page: position, rows: z.array(OverlayEntrySchema) });

/**
 * The overlay's directory, for the generation it belongs to (another generation's is stale: its
 * overlay went with it): which page holds each account (`ids`, `pages`), each cache key's hash
 * (hashKey of cacheKeyString) with its page (`keyHashes`, `keyPages`), and the folded names in
 * order of name then id, with their account and page. One record a delta reads and writes whole,
 * and readers read once per overlay revision: index entries on the pages cost a delta a write each,
 * and Dexie's live queries noted each of them in every extension page (about 100 ms per page
 * listening, for a delta of 1,100 accounts).
 */
export const OverlayDirectoryRowSchema = z.object({
  key: z.literal('overlayDirectory'),
  generation,
  ids: z.array(z.string()),
  pages: z.instanceof(Uint32Array),
  keyHashes: z.instanceof(Uint32Array),
  keyPages: z.instanceof(Uint32Array),
  names: z.array(z.string()),
  nameIds: z.array(z.string()),
  namePages: z.instanceof(Uint32Array),
});

/** The highest generation number ever given, so none is given twice (a writer left behind may still hold one). */
export const LastGenerationRowSchema = z.object({ key: z.literal('lastGeneration'), generation: z.number().int().nonnegative() });

/** An account the account data put on the TAL (`onTal`), as it was last seen: kept when later data lacks it. */
export const ListedAccountSchema = z.object({
  name: z.string(),
  domain: z.string().optional(),
  team: z.string().optional(),
  since: isoDateTime,
});

/**
 * Every account any import listed on the TAL, by id, in one row: an export may list thousands, and a
 * row each would cost the import a write each. Imports only add to it or refresh a name; decisions
 * (talOverrides) win over it. See lib/services/tal-entries for the TAL they make together.
 */
export const ListedByDataRowSchema = z.object({ key: z.literal('listedByData'), accounts: z.record(z.string(), ListedAccountSchema) });

/**
 * The accounts changes in the overlay listed on the TAL since the active generation was written (the
 * team sync's deltas): kept apart from `listedByData`, which may list a hundred thousand accounts and
 * which a delta would otherwise read and write whole. The next generation's commit moves them into it.
 */
export const ListedByOverlayRowSchema = z.object({
  key: z.literal('listedByOverlay'),
  accounts: z.record(z.string(), ListedAccountSchema),
});

/** An alert that fired for this browser's person: which, for which account, when, and whether they have seen it. */
export const AlertNoticeSchema = z.object({
  id: z.string().min(1),
  alertId: z.string(),
  label: z.string(),
  accountId: z.string(),
  accountName: z.string(),
  ownerId: z.string().nullable(),
  team: z.string().nullable(),
  firedAt: isoDateTime,
  read: z.boolean(),
});

/**
 * The alerts' state (lib/db/alert-scan): the generation last scanned, the alert ids the state covers,
 * the notices kept for the panel (newest first, at most ALERT_NOTICES_KEPT), and the alert ids this
 * person muted. Which alerts pass for each account is in the `alertPassing` table.
 */
export const AlertsRowSchema = z.object({
  key: z.literal('alerts'),
  generation: z.number().int().nonnegative(),
  /** The overlay revision of that generation last scanned (0: the generation alone). */
  revision: z.number().int().nonnegative().default(0),
  known: z.array(z.string()),
  notices: z.array(AlertNoticeSchema),
  muted: z.array(z.string()).default([]),
});

/**
 * Which alerts pass for the accounts of one bucket (only accounts with one) at the last scan. The
 * accounts are spread over buckets by a hash of their id (lib/db/alert-scan `alertPassingBucket`):
 * at a million accounts the state may hold hundreds of thousands, and a scan of a team sync's delta
 * reads and writes only the buckets of the accounts it changed (database version 9).
 */
export const AlertPassingRowSchema = z.object({
  bucket: z.number().int().nonnegative(),
  passing: z.record(z.string(), z.array(z.string())),
});

/** The TAL's recertifications, every period's, in one row (lib/db/recertifications): a few hundred a period. */
export const RecertificationsRowSchema = z.object({ key: z.literal('recertifications'), records: z.array(RecertificationSchema) });

/** A row of `meta`. */
export const MetaRowSchema = z.discriminatedUnion('key', [
  ActiveCacheRowSchema,
  LastGenerationRowSchema,
  ListedByDataRowSchema,
  ListedByOverlayRowSchema,
  AlertsRowSchema,
  RecertificationsRowSchema,
  OverlayDirectoryRowSchema,
]);

/** A version of the playbook; the highest version is the one in force. Old versions are kept. */
export const PlaybookVersionRowSchema = z.object({
  version: z.number().int().positive().optional(),
  savedAt: isoDateTime,
  source: z.enum(['demo', 'editor', 'file', 'server']),
  playbook: PlaybookSchema,
  /** In team mode: the team server's version of this playbook, and when and by whom it was saved there. */
  onServer: PlaybookSavedOnServerSchema.optional(),
});

/** A rep's answers to the manual criteria of one account, with the free text of `describe` criteria. */
export const AnswersRowSchema = z.object({
  accountId: z.string().min(1),
  answers: AccountAnswersSchema,
  notes: z.record(z.string(), z.string()).default({}),
  updatedAt: isoDateTime,
  /** In team mode: who of the team gave these answers (another rep's arrive with a sync). */
  by: z.object({ id: z.string(), name: z.string().optional() }).optional(),
  /** Changed here and not yet on the team server (team mode sends it at the next sync). */
  dirty: z.boolean().optional(),
});

/** A proposal as stored locally (mirrors the server's; `syncedAt` unset until the server has it). */
export const ProposalRowSchema = ProposalSchema.extend({ syncedAt: isoDateTime.optional() });

/**
 * A decision about an account's TAL membership, kept apart from the account data: an approved
 * proposal, a manager's edit, or the team server's TAL. It keeps the account's name and domain, so
 * an account a later import lacks is still shown by name. It wins over the data's listing (the
 * `listedByData` row of `meta`, and the account's own `onTal`).
 */
export const TalOverrideRowSchema = z.object({
  accountId: z.string().min(1),
  onTal: z.boolean(),
  source: z.enum(['proposal', 'manager', 'server']),
  reason: z.string().optional(),
  updatedAt: isoDateTime,
  name: z.string().optional(),
  domain: z.string().optional(),
  /** The team the account is on the TAL for, where known. */
  team: z.string().optional(),
  /** Since when it is on the TAL, where known. */
  since: isoDateTime.optional(),
});

export type AccountChunkRow = z.infer<typeof AccountChunkRowSchema>;
export type KeyBucketRow = z.infer<typeof KeyBucketRowSchema>;
export type NamePageRow = z.infer<typeof NamePageRowSchema>;
export type GenerationRow = z.infer<typeof GenerationRowSchema>;
export type ImportMode = z.infer<typeof ImportModeSchema>;
export type ImportRecordRow = z.infer<typeof ImportRecordRowSchema>;
export type ActiveCacheRow = z.infer<typeof ActiveCacheRowSchema>;
export type OverlaySummary = z.infer<typeof OverlaySummarySchema>;
export type OverlayEntry = z.infer<typeof OverlayEntrySchema>;
/** An overlay entry as readers see it: with the generation and page it is in. */
export type OverlayRow = OverlayEntry & { generation: number; page: number };
export type OverlayPageRow = z.infer<typeof OverlayPageRowSchema>;
export type OverlayDirectoryRow = z.infer<typeof OverlayDirectoryRowSchema>;
export type LastGenerationRow = z.infer<typeof LastGenerationRowSchema>;
export type ListedAccount = z.infer<typeof ListedAccountSchema>;
export type ListedByDataRow = z.infer<typeof ListedByDataRowSchema>;
export type ListedByOverlayRow = z.infer<typeof ListedByOverlayRowSchema>;
export type AlertNotice = z.infer<typeof AlertNoticeSchema>;
export type AlertsRow = z.infer<typeof AlertsRowSchema>;
export type AlertPassingRow = z.infer<typeof AlertPassingRowSchema>;
export type RecertificationsRow = z.infer<typeof RecertificationsRowSchema>;
export type PlaybookVersionRow = z.infer<typeof PlaybookVersionRowSchema>;
export type AnswersRow = z.infer<typeof AnswersRowSchema>;
export type ProposalRow = z.infer<typeof ProposalRowSchema>;
export type TalOverrideRow = z.infer<typeof TalOverrideRowSchema>;

/** The schema of each table's rows at the current version: what the migration test checks every fixture row against. */
export const TABLE_ROW_SCHEMAS = {
  meta: MetaRowSchema,
  generations: GenerationRowSchema,
  accountChunks: AccountChunkRowSchema,
  keyBuckets: KeyBucketRowSchema,
  namePages: NamePageRowSchema,
  overlayPages: OverlayPageRowSchema,
  alertPassing: AlertPassingRowSchema,
  imports: ImportRecordRowSchema,
  playbooks: PlaybookVersionRowSchema,
  answers: AnswersRowSchema,
  proposals: ProposalRowSchema,
  talOverrides: TalOverrideRowSchema,
  teamSync: TeamSyncRowSchema,
} as const;
