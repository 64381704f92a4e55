import { compileAlerts } from '../rules/alerts';
import type { Account } from '../schema/account';
import { overlayAccount, readOverlayRows } from './account-overlay';
import type { TalDb } from './database';
import { readActiveCache } from './generations';
import { getActivePlaybook } from './playbooks';
import { readGenerationAccounts } from './read-generation';
import { type AlertNotice, AlertPassingRowSchema, type AlertsRow, AlertsRowSchema } from './rows';
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

/** Which alerts passed for each account at the last scan. */
export async function readPassing(db: TalDb): Promise<Record<string, string[]>> {
  return parseStoredRow(AlertPassingRowSchema, await db.meta.get('alertPassing'), 'meta', 'alertPassing')?.passing ?? {};
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
 * overlay changed since reads only the overlay's accounts changed since (a team sync's delta costs
 * what it changed here too). Holds `lock` (one scan at a time); the
 * state is written in one transaction, and only if no other scan wrote it meanwhile. Aborting
 * `signal` (newer data arrived) stops the scan between reads, writing nothing.
 */
export async function scanAlerts(
  db: TalDb,
  { now, isFor, lock = alertScanLock, signal }: { now: Date; isFor: AlertAudience; lock?: AlertLock; signal?: AbortSignal },
): Promise<AlertScan> {
  return lock(async () => {
    const [playbook, active, before, passingBefore] = await Promise.all([
      getActivePlaybook(db),
      readActiveCache(db),
      readAlerts(db),
      readPassing(db),
    ]);
    const alerts = playbook?.playbook.alerts ?? [];
    if (!active || alerts.length === 0) return nothingFired();
    const ids = alerts.map((alert) => alert.id);
    const generation = active.generation.generation;
    const revision = active.overlay.revision;
    const sameGeneration = before !== undefined && before.generation === generation && sameList(before.known, ids);
    if (sameGeneration && before.revision === revision) return nothingFired();
    // The same generation scanned at an older overlay revision: only the accounts changed since are read.
    const since = sameGeneration && before.revision < revision ? before.revision : null;
    const compiled = compileAlerts(alerts);
    const known = new Set(before?.known ?? []);
    const muted = new Set(before?.muted ?? []);
    const overrides = new Map((await listTalOverrides(db)).map((row) => [row.accountId, row]));
    const passing: Record<string, string[]> = since === null ? {} : { ...passingBefore };
    const notices: AlertNotice[] = [];
    let fired = 0;
    const at = now.getTime();
    const visit = (account: Account) => {
      delete passing[account.id];
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
    if (since !== null) {
      for (const row of await readOverlayRows(db, generation)) {
        if (row.revision <= since) continue;
        const account = overlayAccount(row);
        if (account) visit(account);
        else delete passing[row.id];
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
    return db.transaction('rw', db.meta, async () => {
      const latest = await readAlerts(db);
      // Another scan got there first (its state is as new): its notices stand, these are not added twice.
      const moved =
        (latest?.generation ?? -1) !== (before?.generation ?? -1) ||
        (latest?.revision ?? -1) !== (before?.revision ?? -1) ||
        !sameList(latest?.known ?? [], before?.known ?? []);
      if (moved) return nothingFired();
      const kept = [...notices, ...(latest?.notices ?? [])].slice(0, ALERT_NOTICES_KEPT);
      await db.meta.put({ key: 'alerts', generation, revision, known: ids, notices: kept, muted: latest?.muted ?? [] });
      await db.meta.put({ key: 'alertPassing', passing });
      return { notices, fired };
    });
  });
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
