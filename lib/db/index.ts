/**
 * The extension's local database, as the rest of the extension uses it: open it, read and write its
 * tables, import into the account cache and export it. Internals (generations, key buckets, name
 * pages, the import's workers and batches) are imported from their modules by lib/db itself and by
 * tests only (ARCHITECTURE.md, lib/db/README.md).
 *
 * - open: createTalDb, openAccountCache, activePointer and readActiveCache (the cache in use);
 * - import and export: the import pipeline (prepare a file, checkSample, start; importAccounts over
 *   text), listImports, exportAccountsCsv, seedDemoData;
 * - the tables' operations: answers, playbook versions, proposals, TAL overrides, the outbox, rows;
 * - team mode: applyAccountChanges and the mirrors of the server's data, the sync's cursors and link.
 */

export type { AccountCache } from './account-cache';
export { countCache, OVERLAY_FOLD_AT } from './account-overlay';
export {
  ALERT_NOTICES_KEPT,
  type AlertAudience,
  type AlertScan,
  markAlertsRead,
  readAlerts,
  readPassing,
  scanAlerts,
  setAlertMuted,
} from './alert-scan';
export { dirtyAnswers, getAnswers, mirrorSharedAnswers, saveAnswers } from './answers';
export { applyAccountChanges } from './apply-account-changes';
export { CacheBusyError } from './cache-lock';
export { createTalDb, type TalDb } from './database';
export { openAccountCache } from './dexie-account-cache';
export { exportAccountsCsv } from './export-accounts';
export { foldOverlay, settleActiveOverlay } from './fold-overlay';
export { type ActiveCache, activePointer, cacheVersion, readActiveCache } from './generations';
export * from './import-pipeline';
export { listImports } from './import-pipeline/import-history';
export { mirrorPlaybook } from './mirror-playbook';
export { mirrorProposals } from './mirror-proposals';
export { mirrorTal } from './mirror-tal';
export { allOutboxRows, createDexieOutbox } from './outbox';
export { getActivePlaybook, listPlaybookVersions, savePlaybookVersion } from './playbooks';
export { getProposal, listProposals, putProposal } from './proposals';
export { listRecertifications, putRecertifications } from './recertifications';
export * from './rows';
export { type DemoTexts, seedDemoData } from './seed-demo';
export { StoredRowError } from './stored-row';
export { getAccountsCursor, getTeamLink, setAccountsCursor } from './sync-state';
export { getTalOverride, isOnTal, listTalOverrides, setTalOverride } from './tal-overrides';
export { enterTeamMode, leaveTeamMode } from './team-mode';
export * from './team-sync-rows';
