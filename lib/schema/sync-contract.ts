import { z } from 'zod';
import { AccountSchema } from './account';
import { MemberSchema } from './member';
import { EvidenceSchema, ProposalSchema } from './proposal';

/** Every error the team server answers: a code, words, and sometimes details (spec §6). */
export const ApiErrorSchema = z.looseObject({
  error: z.string(),
  message: z.string(),
  used: z.number().int().optional(),
  limit: z.number().int().optional(),
  errors: z.array(z.string()).optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** `POST /api/members` → the member and its token, shown only once. */
export const CreatedMemberSchema = MemberSchema.extend({ token: z.string().min(1) });
/** One row of `GET /api/members`: a member with when they were added and last used the server; never a token. */
export const MemberListingSchema = MemberSchema.extend({
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revoked: z.boolean(),
  /** Proposals the member made in the playbook's current quota period. */
  proposalsThisPeriod: z.number().int().nonnegative(),
});
export type MemberListing = z.infer<typeof MemberListingSchema>;
export const MemberListSchema = z.object({ members: z.array(MemberListingSchema) });

/** `GET /api/accounts?since=` → one page of changes; `more` says another page follows. */
export const AccountChangesSchema = z.object({
  accounts: z.array(AccountSchema),
  deleted: z.array(z.string()),
  cursor: z.string(),
  more: z.boolean().optional(),
});
export type AccountChanges = z.infer<typeof AccountChangesSchema>;

/** The body of `PUT /api/accounts`: valid accounts with unique ids (a repeated id names the first). */
export const AccountsUploadSchema = z.array(AccountSchema).superRefine((accounts, ctx) => {
  const first = new Map<string, number>();
  accounts.forEach((account, i) => {
    const seen = first.get(account.id);
    if (seen === undefined) first.set(account.id, i);
    else ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${account.id}" (first at [${seen}])`, input: account.id });
  });
});

/** `PUT /api/accounts` → what the upload changed. */
export const AccountsUploadResultSchema = z.object({
  ok: z.literal(true),
  accounts: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type AccountsUploadResult = z.infer<typeof AccountsUploadResultSchema>;

/**
 * One account on the TAL as `GET /api/tal` shows it: everyone sees what is listed and for which team;
 * the reason, note and evidence behind it only its own team's members and admins (spec §6).
 */
export const TalEntrySchema = z.object({
  accountId: z.string(),
  team: z.string().optional(),
  accountName: z.string().optional(),
  accountDomain: z.string().optional(),
  /** When the approved add that put it there was decided; absent for an account listed by its data. */
  since: z.iso.datetime({ offset: true }).optional(),
  proposerName: z.string().optional(),
  deciderName: z.string().optional(),
  reason: z.string().optional(),
  note: z.string().optional(),
  evidence: EvidenceSchema.optional(),
});
export type TalEntry = z.infer<typeof TalEntrySchema>;

/**
 * `GET /api/tal` → the accounts on the TAL now, each entry by its team, and the approved proposals
 * that changed it, oldest first (the caller's team's, or all for an admin).
 */
export const TalSnapshotSchema = z.object({
  accountIds: z.array(z.string()),
  entries: z.array(TalEntrySchema).default([]),
  changes: z.array(ProposalSchema),
});
export type TalSnapshot = z.infer<typeof TalSnapshotSchema>;

/** `PUT /api/playbook` → the version now current. */
export const PlaybookSavedSchema = z.object({ ok: z.literal(true), version: z.number().int() });

/** When and by whom the team server's playbook in force was saved (`GET /api/playbook/current`). */
export const PlaybookSavedOnServerSchema = z.object({
  version: z.number().int().positive(),
  savedAt: z.iso.datetime({ offset: true }),
  savedBy: z.object({ id: z.string(), name: z.string(), role: z.enum(['rep', 'manager', 'admin']) }),
});
export type PlaybookSavedOnServer = z.infer<typeof PlaybookSavedOnServerSchema>;
