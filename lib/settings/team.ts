import { storage } from '@wxt-dev/storage';
import { z } from 'zod';
import { MemberSchema } from '../schema/member';
import { createTeamServerStore } from './team-server-store';

const isoDateTime = z.iso.datetime({ offset: true });

/** A team server's address as the user types it: http(s) only, kept without a trailing slash or path noise. */
export const ServerUrlSchema = z
  .string()
  .trim()
  .pipe(z.url({ protocol: /^https?$/ }))
  .transform((url) => url.replace(/\/+$/, ''));

/**
 * Whether a server address would carry the token unencrypted over a network: `http://` to anything
 * but this machine (localhost, 127.0.0.0/8, ::1). Connecting to one needs the user's explicit choice.
 */
export function sendsTokenInClear(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:') return false;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  return !(host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1');
}

/**
 * The team server this browser talks to, and who the token belongs to (as `GET /api/me` said when
 * connecting, refreshed by each sync). The token is kept apart, where content scripts cannot read it
 * (team-server-store.ts).
 */
export const TeamServerSchema = z.object({
  url: ServerUrlSchema,
  token: z.string().min(1).max(1024),
  member: MemberSchema,
  connectedAt: isoDateTime,
});
export type TeamServer = z.infer<typeof TeamServerSchema>;

/** Set: team mode (the remote TAL service, the background syncs); null: solo mode. */
export const teamServerItem = createTeamServerStore();

/** The team server setting, checked: a stored value that does not parse reads as solo mode, and says so in the console. */
export function parseTeamServer(value: unknown): TeamServer | null {
  if (value === null || value === undefined) return null;
  const parsed = TeamServerSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  console.warn('TAL Scout: the stored team server setting is not readable; working in solo mode', z.prettifyError(parsed.error));
  return null;
}

/** The team server setting now, checked with zod. */
export async function readTeamServer(item = teamServerItem): Promise<TeamServer | null> {
  return parseTeamServer(await item.getValue());
}

export const SYNC_STATES = ['idle', 'syncing', 'synced', 'failed'] as const;
/** Why a sync failed, in kinds the Team section words for the user. */
export const SYNC_PROBLEMS = ['offline', 'unauthorized', 'forbidden', 'not-tal-server', 'server-error', 'busy', 'local-error'] as const;
export const SyncProblemSchema = z.object({ kind: z.enum(SYNC_PROBLEMS), message: z.string() });
export type SyncProblem = z.infer<typeof SyncProblemSchema>;

/** What the background's team sync last did, for the Team section: when it last succeeded, what failed, what waits. */
export const SyncStatusSchema = z.object({
  state: z.enum(SYNC_STATES),
  lastSyncAt: isoDateTime.optional(),
  lastAttemptAt: isoDateTime.optional(),
  problem: SyncProblemSchema.optional(),
  /** Proposals in the outbox not yet delivered. */
  waiting: z.number().int().nonnegative(),
  /** Proposals the server refused (shown in the rep's "My proposals" with the server's words). */
  refused: z.number().int().nonnegative(),
  /** Failed syncs in a row; the next automatic one waits with backoff. */
  failures: z.number().int().nonnegative(),
  nextAttemptAt: isoDateTime.optional(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

export const IDLE_SYNC_STATUS: SyncStatus = { state: 'idle', waiting: 0, refused: 0, failures: 0 };

export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus', { fallback: IDLE_SYNC_STATUS });

/** The sync status, checked: an unreadable one reads as idle (it is only a report, rebuilt by the next sync). */
export function parseSyncStatus(value: unknown): SyncStatus {
  const parsed = SyncStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : IDLE_SYNC_STATUS;
}
