import { compileAlerts } from '../rules/alerts';
import type { Account } from '../schema/account';
import { overlayAccount, readOverlayRows } from './account-overlay';
import type { TalDb } from './database';
import { readActiveCache } from './generations';
import { hashKey } from './key-hash';
import { getActivePlaybook } from './playbooks';
import { readGenerationAccounts } from './read-generation';
import { type AlertNotice, type AlertPassingRow, AlertPassingRowSchema, type AlertsRow, AlertsRowSchema } from './rows';
import { parseStoredRow } from './stored-row';
import { isOnTal, listTalOverrides } from './tal-overrides';

/** Notices kept for the panel's Alerts list, newest first. */
export const ALERT_NOTICES_KEPT = 200;

/** Whether a fired alert is for this browser's person (its owner, or their team's manager for an account without one). */
export type AlertAudience = (fired: { ownerId: string | null; team: string | null }) => boolean;

/** Serializes scans: the Web Locks API where there is one (every extension context shares it), else in turn within this one. */
export type AlertLock = <T>(work: () => Promise<T>) => Promise<T>;

let inTurn: Promise<unknown> = Promise.resolve();
/** The default AlertLock: the `tal-alert-scan` Web Lock, or a queue within this context. */
export const alertScanLock: AlertLock = (work) => {
  if (typeof navigator !== 'undefined' && navigator.locks)
    return navigator.locks.request('tal-alert-scan', work) as Promise<Awaited<ReturnType<typeof work>>>;
  const run = inTurn.then(work, work);
  inTurn = run.catch(() => undefined);
  return run;
};

/** The alerts' state row; undefined before the first scan. */
export async function readAlerts(db: TalDb): Promise<AlertsRow | undefined> {
  return parseStoredRow(AlertsRowSchema, await db.meta.get('alerts'), 'meta', 'alerts');
}

/** Which alerts pass, by account id. */
type Passing = Record<string, string[]>;

/**
 * Bits of an account id's hash that pick its bucket of the alert state: 16,384 buckets (database
 * version 9). A delta of a thousand accounts touches about a thousand of them, about 43 accounts
 * each at 700,000 passing; a full scan writes at most 16,384 records.
 */
export const ALERT_PASSING_BUCKET_BITS = 14;

/** The bucket of the `alertPassing` table that holds an account's alert state. */
export function alertPassingBucket(id: string): number {
  return hashKey(id) >>> (32 - ALERT_PASSING_BUCKET_BITS);
}

/** Which alerts passed for each account at the last scan: every bucket, read whole. */
export async function readPassing(db: TalDb): Promise<Passing> {
  const passing: Passing = {};
  for (const raw of await db.alertPassing.toArray()) {
    const row = parseStoredRow(AlertPassingRowSchema, raw, 'alertPassing', raw.bucket);
    if (row) Object.assign(passing, row.passing);
  }
  return passing;
}

/** The stored buckets of these accounts' alert state, by bucket number (an empty one for a bucket not stored). */
async function readBuckets(db: TalDb, ids: Iterable<string>): Promise<Map<number, Passing>> {
  const numbers = [...new Set(Array.from(ids, alertPassingBucket))];
  const rows = await db.alertPassing.bulkGet(numbers);
  return new Map(
    numbers.map((bucket, i) => [bucket, parseStoredRow(AlertPassingRowSchema, rows[i], 'alertPassing', bucket)?.passing ?? {}]),
  );
}

/** The state of every account, spread over its buckets. */
function bucketsOf(passing: Passing): AlertPassingRow[] {
  const buckets = new Map<number, Passing>();
  for (const [id, alertIds] of Object.entries(passing)) {
    const bucket = alertPassingBucket(id);
    const entries = buckets.get(bucket) ?? {};
    entries[id] = alertIds;
    buckets.set(bucket, entries);
  }
  return [...buckets].map(([bucket, entries]) => ({ bucket, passing: entries }));
}

/**
 * What a scan fired: `fired` notices in all, of which `notices` holds the first ALERT_NOTICES_KEPT
 * (an import of new accounts can fire an alert for each of them; the panel lists the newest ones,
 * and the background notifies of the rest in one summary).
 */
export type AlertScan = { notices: AlertNotice[]; fired: number };

/** What a scan that fired nothing returns. */
const nothingFired = (): AlertScan => ({ notices: [], fired: 0 });

/**
 * Compares every cached account with the state of the last scan and returns the notices of the
 * alerts that fired (AlertScan), those `isFor` this person and not muted (spec §5 `tal alerts`: edge-triggered,
 * the scope read in the new data, on the TAL by its decisions too). The first scan, and the first
 * scan of an alert added to the playbook, only take note of what passes: a fresh install or a new
 * rule does not ring for every account at once. A scan of the cache version already scanned does
 * nothing, so the same data synced twice fires nothing twice; a scan of the same generation whose
 * overlay changed since reads only the overlay's accounts changed since, and only their buckets of
 * the state (a team sync's delta costs what it changed here too). Holds `lock` (one scan at a time); the
 * state is written in one transaction, and only if no other scan wrote it meanwhile. Aborting
 * `signal` (newer data arrived) stops the scan between reads, writing nothing.
 */
export async function scanAlerts(
  db: TalDb,
  { now, isFor, lock = alertScanLock, signal }: { now: Date; isFor: AlertAudience; lock?: AlertLock; signal?: AbortSignal },
): Promise<AlertScan> {
  return lock(async () => {
    const [playbook, active, before] = await Promise.all([getActivePlaybook(db), readActiveCache(db), readAlerts(db)]);
    const alerts = playbook?.playbook.alerts ?? [];
    if (!active || alerts.length === 0) return nothingFired();
    const ids = alerts.map((alert) => alert.id);
    const generation = active.generation.generation;
    const revision = active.overlay.revision;
    const sameGeneration = before !== undefined && before.generation === generation && sameList(before.known, ids);
    if (sameGeneration && before.revision === revision) return nothingFired();
    // The same generation scanned at an older overlay revision: only the accounts changed since are
    // read, and only their buckets of the alert state.
    const since = sameGeneration && before.revision < revision ? before.revision : null;
    const changedRows = since === null ? [] : (await readOverlayRows(db, generation)).filter((row) => row.revision > since);
    // A delta's buckets, read once and updated in place; a full scan compares with the whole state and writes it anew.
    const buckets =
      since === null
        ? undefined
        : await readBuckets(
            db,
            changedRows.map((row) => row.id),
          );
    const passingBefore: Passing = buckets ? Object.assign({}, ...buckets.values()) : before ? await readPassing(db) : {};
    const passing: Passing = {};
    const compiled = compileAlerts(alerts);
    const known = new Set(before?.known ?? []);
    const muted = new Set(before?.muted ?? []);
    const overrides = new Map((await listTalOverrides(db)).map((row) => [row.accountId, row]));
    const notices: AlertNotice[] = [];
    let fired = 0;
    const at = now.getTime();
    const visit = (account: Account) => {
      const passingNow = compiled.passing(account, at);
      if (passingNow.size === 0) return;
      passing[account.id] = [...passingNow];
      if (!before) return;
      const was = new Set(passingBefore[account.id] ?? []);
      const listed = isOnTal(account, overrides.get(account.id));
      for (const alert of alerts) {
        if (!passingNow.has(alert.id) || was.has(alert.id) || !known.has(alert.id)) continue;
        if (alert.scope === 'tal' && !listed) continue;
        const owner = { ownerId: account.ownerId ?? null, team: account.team ?? null };
        if (muted.has(alert.id) || !isFor(owner)) continue;
        fired++;
        if (notices.length < ALERT_NOTICES_KEPT) notices.push(noticeOf(account, alert, owner, `${generation}.${revision}`, now));
      }
    };
    if (buckets) {
      for (const row of changedRows) {
        const account = overlayAccount(row);
        if (account) visit(account);
      }
    } else {
      for await (const { accounts } of readGenerationAccounts(db, active.generation, signal)) {
        // A few chunks at a time, letting the rest of the background (the badge) answer in between.
        await new Promise((resolve) => setTimeout(resolve, 0));
        signal?.throwIfAborted();
        for (const account of accounts) visit(account);
      }
    }
    signal?.throwIfAborted();
    return db.transaction('rw', [db.meta, db.alertPassing], async () => {
      const latest = await readAlerts(db);
      // Another scan got there first (its state is as new): its notices stand, these are not added twice.
      const moved =
        (latest?.generation ?? -1) !== (before?.generation ?? -1) ||
        (latest?.revision ?? -1) !== (before?.revision ?? -1) ||
        !sameList(latest?.known ?? [], before?.known ?? []);
      if (moved) return nothingFired();
      const kept = [...notices, ...(latest?.notices ?? [])].slice(0, ALERT_NOTICES_KEPT);
      await db.meta.put({ key: 'alerts', generation, revision, known: ids, notices: kept, muted: latest?.muted ?? [] });
      if (buckets) await writeChangedBuckets(db, buckets, changedRows, passing);
      else {
        await db.alertPassing.clear();
        await db.alertPassing.bulkPut(bucketsOf(passing));
      }
      return { notices, fired };
    });
  });
}

/** Puts the delta's accounts' new state into their buckets: each touched bucket written once, an emptied one deleted. */
async function writeChangedBuckets(db: TalDb, buckets: Map<number, Passing>, changed: readonly { id: string }[], passing: Passing) {
  for (const { id } of changed) {
    const entries = buckets.get(alertPassingBucket(id)) as Passing;
    if (passing[id]) entries[id] = passing[id];
    else delete entries[id];
  }
  const rows = [...buckets].map(([bucket, entries]) => ({ bucket, passing: entries }));
  const empty = (row: AlertPassingRow) => Object.keys(row.passing).length === 0;
  await db.alertPassing.bulkPut(rows.filter((row) => !empty(row)));
  await db.alertPassing.bulkDelete(rows.filter(empty).map((row) => row.bucket));
}

function noticeOf(
  account: Account,
  alert: { id: string; label: string },
  fired: { ownerId: string | null; team: string | null },
  version: string,
  now: Date,
): AlertNotice {
  return {
    id: `${version}:${alert.id}:${account.id}`,
    alertId: alert.id,
    label: alert.label,
    accountId: account.id,
    accountName: account.name,
    ...fired,
    firedAt: now.toISOString(),
    read: false,
  };
}

/** Marks notices read (all when `ids` is undefined). */
export async function markAlertsRead(db: TalDb, ids?: readonly string[]): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const row = await readAlerts(db);
    if (!row) return;
    const which = ids === undefined ? null : new Set(ids);
    await db.meta.put({ ...row, notices: row.notices.map((n) => (which === null || which.has(n.id) ? { ...n, read: true } : n)) });
  });
}

/** Mutes or unmutes an alert for this browser's person: a muted alert still tracks its state, and rings no more. */
export async function setAlertMuted(db: TalDb, alertId: string, muted: boolean): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const row = (await readAlerts(db)) ?? { key: 'alerts' as const, generation: 0, revision: 0, known: [], notices: [], muted: [] };
    const set = new Set(row.muted);
    if (muted) set.add(alertId);
    else set.delete(alertId);
    await db.meta.put({ ...row, muted: [...set] });
  });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
