import Dexie from 'dexie';
import {
  activePointer,
  applyAccountChanges,
  createTalDb,
  type ImportMode,
  type ImportPhase,
  openAccountCache,
  prepareWorkerImport,
  readPassing,
  savePlaybookVersion,
  scanAlerts,
} from '../../../lib/db';
import { startWorkerImport } from '../../../lib/db/import-pipeline/start-import';
import { recognize } from '../../../lib/recognize';
import { compilePlaybook } from '../../../lib/rules';
import type { Account } from '../../../lib/schema/account';
import { parsePlaybook } from '../../../lib/schema/load-playbook';
import { alertScansItem } from '../../../lib/settings/alerts';
import { demoSeededItem } from '../../../lib/settings/items';
import CsvPassesWorker from './csv-passes.worker.ts?worker';
import { naiveImport } from './naive-import';
import { percentile, roundMs } from './percentiles';

const DB_NAME = 'tal-bench';

function pickedFiles(doc: Document): File[] {
  const input = doc.querySelector<HTMLInputElement>('#bench-files');
  return [...(input?.files ?? [])];
}

/**
 * Imports the picked files through the real worker import (the first replaces, the rest merge), timing
 * file → queryable cache. `prepared`: as the options page does, each file's first rows are checked
 * (which starts its workers, then warms them up) before the clock starts, as while the user reviews
 * the mapping, and the clock runs from Import; otherwise the clock runs from nothing started at all.
 */
async function importFiles(doc: Document, prepared: boolean) {
  await Dexie.delete(DB_NAME);
  const db = createTalDb(DB_NAME);
  // Created and opened before the clock starts, as the extension's database is long before a user imports
  // (and as the baseline's is): the import worker then opens a connection, not a new database.
  await db.open();
  const files = pickedFiles(doc);
  const perFile: {
    file: string;
    ms: number;
    /** Until the file's first progress (the workers started, the header read), then while its rows were read, merged and indexed. */
    phases: { startMs: number; readingMs: number; mergingMs: number; indexingMs: number };
    rows: number;
    valid: number;
    errors: number;
    warnings: number;
  }[] = [];
  let sampleCheckMs = 0;
  let warmUpMs = 0;
  for (const [i, file] of files.entries()) {
    const mode: ImportMode = i === 0 ? 'replace' : 'merge';
    const ready = prepared ? prepareWorkerImport(file) : null;
    if (ready) {
      const checking = performance.now();
      await ready.checkSample({});
      const checked = performance.now();
      sampleCheckMs += checked - checking;
      // As while the user looks at the preview: the workers read its rows again (a user pressing Import sooner stops that).
      await ready.warmedUp();
      warmUpMs += performance.now() - checked;
    }
    const t = performance.now();
    // When each phase was first reported.
    const seen: Partial<Record<ImportPhase, number>> = {};
    const onProgress = ({ phase }: { phase: ImportPhase }) => {
      seen[phase] ??= performance.now();
    };
    const run = ready ? ready.start({ db, mode, mapping: {} }, onProgress) : startWorkerImport({ db, file, mode, mapping: {} }, onProgress);
    const { report } = await run.done;
    const end = performance.now();
    // Untimed: the worker deletes the replaced cache data after done; the next file and the lookups wait for it.
    await run.settled;
    const reading = seen.reading ?? end;
    const merging = seen.merging ?? seen.indexing ?? end;
    const indexing = seen.indexing ?? end;
    perFile.push({
      file: file.name,
      ms: roundMs(end - t),
      phases: {
        startMs: roundMs(reading - t),
        readingMs: roundMs(merging - reading),
        mergingMs: roundMs(indexing - merging),
        indexingMs: roundMs(end - indexing),
      },
      rows: report.rows,
      valid: report.valid,
      errors: report.errors.length,
      warnings: report.warnings.length,
    });
  }
  // Each file's time to a queryable cache, summed: the deletions between files are nobody's wait.
  const importMs = perFile.reduce((sum, f) => sum + f.ms, 0);
  const accounts = await openAccountCache(db).count();
  db.close();
  return { importMs: roundMs(importMs), accounts, perFile, sampleCheckMs: roundMs(sampleCheckMs), warmUpMs: roundMs(warmUpMs) };
}

/** Recognizes each URL against the cache (a fresh reader, nothing warm) and reads the matched account: URL → account. */
async function lookups(urls: readonly string[]) {
  const db = createTalDb(DB_NAME);
  const cache = openAccountCache(db);
  const times: number[] = [];
  const matches: (string | null)[] = [];
  for (const url of urls) {
    const t = performance.now();
    const recognition = await recognize(url, { index: cache });
    const account = recognition.match ? await cache.getAccount(recognition.match.accountId) : undefined;
    times.push(performance.now() - t);
    matches.push(account?.id ?? null);
  }
  db.close();
  return { lookupP50Ms: roundMs(percentile(times, 50)), lookupP95Ms: roundMs(percentile(times, 95)), matches };
}

/** ICP, segments and priority of cached accounts with the example playbook; only the evaluation is timed. */
async function evaluate(playbookJson: string, ids: readonly string[], now: string) {
  const parsed = parsePlaybook(JSON.parse(playbookJson));
  if (!parsed.ok) throw new Error(`playbook: ${parsed.errors.join('; ')}`);
  const compiled = compilePlaybook(parsed.playbook);
  const db = createTalDb(DB_NAME);
  const cache = openAccountCache(db);
  const at = Date.parse(now);
  const times: number[] = [];
  for (const id of ids) {
    const account = await cache.getAccount(id);
    if (!account) throw new Error(`account ${id} is not in the cache`);
    const t = performance.now();
    compiled.evaluate(account, undefined, at);
    times.push(performance.now() - t);
  }
  db.close();
  return { evaluateP50Ms: roundMs(percentile(times, 50)), evaluateP95Ms: roundMs(percentile(times, 95)), evaluated: times.length };
}

/** Loads the picked files and the playbook into the extension's own cache, the one the side panel reads (after the demo data: run.ts waits for it). */
async function loadPanelCache(doc: Document, playbookJson: string) {
  const parsed = parsePlaybook(JSON.parse(playbookJson));
  if (!parsed.ok) throw new Error(`playbook: ${parsed.errors.join('; ')}`);
  const db = createTalDb();
  const t = performance.now();
  let importMs = 0;
  for (const [i, file] of pickedFiles(doc).entries()) {
    const started = performance.now();
    const run = startWorkerImport({ db, file, mode: i === 0 ? 'replace' : 'merge', mapping: {} }, () => {});
    await run.done;
    importMs += performance.now() - started;
    await run.settled;
  }
  const loadMs = performance.now() - t;
  await savePlaybookVersion(db, parsed.playbook, 'file', new Date());
  const accounts = await openAccountCache(db).count();
  db.close();
  // Cold imports (no sample check first), each file's time to a queryable cache summed, as importFiles does.
  return { accounts, importMs: roundMs(importMs), loadMs: roundMs(loadMs) };
}

/** A team sync's delta for the bench: changed accounts, deleted ids, and one changed account lookups must then show. */
export type BenchDelta = { accounts: Account[]; deleted: string[]; probe: { domain: string; id: string; employees: number } };

/**
 * Applies a team sync's delta to the extension's own cache (the one the panel reads; `rewrite`: as a
 * new generation, as every merge did before the overlay), timed until a fresh reader sees it: the
 * probe's new data by its domain, the first deleted account gone.
 */
async function deltaApply({ accounts, deleted, probe }: BenchDelta, rewrite: boolean) {
  const db = createTalDb();
  await db.open();
  const t = performance.now();
  await applyAccountChanges(
    db,
    { accounts, deleted, mode: 'merge' },
    { now: () => new Date(), source: 'bench team sync', waitMs: Number.POSITIVE_INFINITY, ...(rewrite ? { maxOverlayRows: 0 } : {}) },
  );
  const applied = performance.now();
  const cache = openAccountCache(db);
  const [found] = await cache.find({ kind: 'domain', value: probe.domain });
  const [account, gone] = await Promise.all([found ? cache.getAccount(found) : undefined, cache.getAccount(deleted[0] as string)]);
  const ms = performance.now() - t;
  const overlayRows = (await activePointer(db))?.overlay?.rows ?? 0;
  db.close();
  if (account?.id !== probe.id || account.employees !== probe.employees || gone)
    throw new Error('a reader does not see the delta just applied');
  // applyMs: until applyAccountChanges returned; the rest is a fresh reader's two lookups.
  return { deltaApplyMs: roundMs(ms), applyMs: roundMs(applied - t), overlayRows };
}

/** The background's alert scan on the bench's own cache, with a lock of its own (the background's scans of the extension's cache do not wait on it). */
async function scanBenchAlerts() {
  const db = createTalDb(DB_NAME);
  await db.open();
  const t = performance.now();
  const { fired } = await scanAlerts(db, { now: new Date(), isFor: () => true, lock: (work) => work() });
  const ms = performance.now() - t;
  const passing = Object.keys(await readPassing(db)).length;
  db.close();
  return { ms: roundMs(ms), fired, passing };
}

/**
 * The alert scans on the bench's own cache (the extension's is scanned by the background on its
 * timers): with `playbookJson`'s alerts, the first scan reads every account, timed; then `delta` is
 * applied as a team sync's, for `alertScan` to time the scan of the delta next, once Chromium is idle.
 */
async function alertFullScan(playbookJson: string, delta: BenchDelta) {
  const db = createTalDb(DB_NAME);
  await db.open();
  const parsed = parsePlaybook(JSON.parse(playbookJson));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await savePlaybookVersion(db, parsed.playbook, 'file', new Date());
  db.close();
  const full = await scanBenchAlerts();
  const writer = createTalDb(DB_NAME);
  await applyAccountChanges(
    writer,
    { accounts: delta.accounts, deleted: delta.deleted, mode: 'merge' },
    { now: () => new Date(), source: 'bench team sync', waitMs: Number.POSITIVE_INFINITY },
  );
  writer.close();
  return full;
}

/** The measurements `npm run bench` (test/bench/run.ts) calls on the bench page. */
export function createBenchApi(doc: Document) {
  return {
    importFiles: (prepared: boolean) => importFiles(doc, prepared),
    naiveImport: async () => {
      const result = await naiveImport(pickedFiles(doc));
      return { ...result, naiveImportMs: roundMs(result.naiveImportMs), naiveWriteMs: roundMs(result.naiveWriteMs) };
    },
    lookups,
    evaluate,
    loadPanelCache: (playbookJson: string) => loadPanelCache(doc, playbookJson),
    deltaApply,
    alertFullScan,
    alertScan: scanBenchAlerts,
    /** The import's two passes over the first file, timed apart in a worker: splitting into records, tokenizing into cells. */
    timeCsvPasses: (rounds: number) =>
      new Promise<{ runs: { split: number[]; tokenize: number[] }; counts: { split: number; tokenize: number } }>((resolve, reject) => {
        const worker = new CsvPassesWorker();
        worker.onmessage = (event) => {
          worker.terminate();
          resolve(event.data);
        };
        worker.onerror = (error) => reject(new Error(error.message));
        worker.postMessage({ file: pickedFiles(doc)[0], rounds });
      }),
    /** Whether the first install's demo data is in. */
    demoSeeded: () => demoSeededItem.getValue(),
    /**
     * What the background has done after the cache's last change: the alert scans it finished, and
     * whether the overlay is settled. Its work starts on timers (alerts 1.5 s, upkeep 2 s after the
     * cache is quiet), so Chromium looks idle before it begins: the next timed delta waits for these.
     */
    backgroundWork: async () => {
      const db = createTalDb();
      await db.open();
      const pointer = await activePointer(db);
      db.close();
      return { alertScans: await alertScansItem.getValue(), unsettled: pointer?.overlay?.unsettled ?? 0 };
    },
  };
}

export type TalBenchApi = ReturnType<typeof createBenchApi>;

/** Exposes the measurements as `window.__talBench`. */
export function installBench(win: Window) {
  Object.assign(win, { __talBench: createBenchApi(win.document) });
}
