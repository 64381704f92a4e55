/** The extension's local database: the account cache at CRM scale, the playbook, and the rep's and manager's data. */
export type { AccountCache } from './account-cache';
export { getAnswers, saveAnswers } from './answers';
export { type AccountDelta, applyAccountChanges } from './apply-account-changes';
export { createTalDb, type IndexedDbDeps, type TalDb } from './database';
export { type DexieAccountCacheOptions, openAccountCache } from './dexie-account-cache';
export { exportAccountsCsv } from './export-accounts';
export { activePointer, collectGarbage, readActiveCache } from './generations';
export {
  checkImportSample,
  ImportCancelledError,
  type ImportOptions,
  type ImportPhase,
  type ImportProgress,
  ImportProgressSchema,
  type ImportSample,
  importAccounts,
  NothingToImportError,
  SAMPLE_BYTES,
} from './import-accounts';
export { listImports } from './import-history';
export { fileTextChunks, importFile } from './import-worker/import-file';
export {
  type ImportPreparer,
  type ImportRequest,
  type ImportRun,
  type ImportStarter,
  type PreparedImport,
  prepareInProcessImport,
  prepareWorkerImport,
  startInProcessImport,
  startWorkerImport,
} from './import-worker/start-import';
export { createMemoryAccountCache } from './memory-account-cache';
export { MIGRATIONS } from './migrations';
export { mirrorPlaybook } from './mirror-playbook';
export { mirrorProposals, outboxProposalRow, type ProposalMirror } from './mirror-proposals';
export { mirrorTal } from './mirror-tal';
export { allOutboxRows, createDexieOutbox, type DexieOutbox } from './outbox';
export { getActivePlaybook, listPlaybookVersions, savePlaybookVersion } from './playbooks';
export { getProposal, listProposals, putProposal } from './proposals';
export { type ReplaceImpact, ReplaceImpactSchema } from './replace-impact';
export * from './rows';
export { type DemoTexts, seedDemoData } from './seed-demo';
export { StoredRowError } from './stored-row';
export { getAccountsCursor, getTeamLink, setAccountsCursor, setTeamLink } from './sync-state';
export { getTalOverride, isOnTal, listTalOverrides, setTalOverride } from './tal-overrides';
export { enterTeamMode, isTeamProposal, leaveTeamMode } from './team-mode';
export * from './team-sync-rows';
