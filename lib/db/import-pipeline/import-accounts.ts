import { AccountFileError, createAccountReader, detectFileFormat, type ImportReport, wholeItemsOf } from '../../import';
import { planColumns } from '../../import/column-plan';
import { derivesIds } from '../../import/csv-batch';
import { detectDialect } from '../../import/csv-dialect';
import { createRecordSplitter } from '../../import/csv-record-splitter';
import { DERIVED_IDS_WARNING, isBlankRecord, unescapeFormulas } from '../../import/csv-rows';
import { createCsvTokenizer } from '../../import/csv-tokenizer';
import { createImportCollector } from '../../import/import-collector';
import type { Account } from '../../schema/account';
import { countCache } from '../account-overlay';
import { type CacheLock, defaultCacheLock } from '../cache-lock';
import type { TalDb } from '../database';
import { copyActiveCache } from '../fold-overlay';
import { createGenerationWriter } from '../generation-writer';
import { collectGarbage, readActiveCache } from '../generations';
import { type PreparedAccounts, prepareAccounts } from '../prepare-accounts';
import type { ImportMode, ImportRecordRow } from '../rows';
import { type CsvRun, createInProcessPool, type ImportPool, type PreparedBatch } from './import-pool';
import type { ImportPhase, ImportProgress } from './import-progress';
import { type ReplaceImpact, replaceImpact, watchedForReplace } from './replace-impact';

export { type ImportPhase, type ImportProgress, ImportProgressSchema } from './import-progress';

export type ImportOptions = {
  fileName: string;
  /** `replace` makes the file the whole cache; `merge` upserts its accounts by id into the current one. */
  mode: ImportMode;
  /** The user's header corrections (header → field, `custom.<key>` or `ignore`). */
  mapping?: Readonly<Record<string, string>>;
  now?: () => Date;
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Told as soon as the new cache is active and queryable, with the import's outcome; the returned
   * promise settles later, once the replaced cache data is deleted too.
   */
  onCommitted?: (result: { report: ImportReport; record: ImportRecordRow }) => void;
  /** Where rows are read and prepared: in process by default, a pool of workers in the extension. */
  pool?: ImportPool;
  /** The account cache's writer lock; the Web Locks API in the extension by default. */
  lock?: CacheLock;
  /**
   * Asked once the file is read and before anything is made active, for a replace: what it will do
   * (ReplaceImpact). False cancels the import, changing nothing.
   */
  confirmReplace?: (impact: ReplaceImpact) => Promise<boolean>;
};

/** The import was cancelled: nothing changed. */
export class ImportCancelledError extends Error {
  override name = 'ImportCancelledError';
}
/** No row of the file could be imported: the cache is left as it was rather than emptied. */
export class NothingToImportError extends Error {
  override name = 'NothingToImportError';
}

/** Text gathered per batch: large enough that messages to workers are few, small enough to spread over them. */
const BATCH_CHARACTERS = 256 * 1024;

type Step = ReadStep;

/**
 * Imports an account file, read chunk by chunk, into a new cache generation and makes it active at
 * the very end. A failure, a cancel or a closed browser at any point before leaves the previous
 * cache complete and in use. CSV rows are read in batches by the pool (every core in the extension),
 * and their report assembled in file order. The whole import holds the cache lock (another writer
 * waits), and first clears what an interrupted import left. Returns the spec §5 report and the
 * import's record.
 */
export async function importAccounts(
  db: TalDb,
  chunks: AsyncIterable<string> | Iterable<string>,
  options: ImportOptions,
): Promise<{ report: ImportReport; record: ImportRecordRow }> {
  const lock = options.lock ?? defaultCacheLock();
  let ran = false;
  try {
    return await lock.run(() => {
      ran = true;
      return importLocked(db, chunks, options);
    });
  } finally {
    // importLocked disposes of the pool; when the lock was never had, it is done here.
    if (!ran) options.pool?.dispose();
  }
}

async function importLocked(
  db: TalDb,
  chunks: AsyncIterable<string> | Iterable<string>,
  options: ImportOptions,
): Promise<{ report: ImportReport; record: ImportRecordRow }> {
  const now = options.now ?? (() => new Date());
  const pool = options.pool ?? createInProcessPool();
  await collectGarbage(db);
  const active = await readActiveCache(db);
  const previous = options.mode === 'merge' ? active : null;
  const writer = await createGenerationWriter(db, now, {
    trackIds: options.mode === 'merge',
    base: active?.generation.generation ?? null,
    ...(previous ? { keeps: previous.generation } : {}),
  });
  const confirm = options.mode === 'replace' ? options.confirmReplace : undefined;
  if (confirm) writer.watch(await watchedForReplace(db));
  let charactersRead = 0;
  let counts = () => ({ rows: 0, valid: 0 });
  const step: Step = {
    progress: (phase) => options.onProgress?.({ phase, charactersRead, ...counts() }),
    checkCancel: () => {
      if (options.signal?.aborted) throw new ImportCancelledError('import cancelled');
    },
  };
  async function* counted() {
    for await (const chunk of chunks) {
      step.checkCancel();
      charactersRead += chunk.length;
      yield chunk;
    }
  }
  try {
    const read = await readFile(counted(), options, pool, writer, step, (progress) => {
      counts = progress;
    });
    const report = read.report();
    if (report.valid === 0) {
      throw new NothingToImportError(
        `${options.fileName}: no row could be imported (${report.errors.length} errors); the cache is unchanged`,
      );
    }
    if (confirm) {
      const impact = await replaceImpact(
        db,
        { before: active ? await countCache(db, active) : 0, after: writer.count() },
        writer.missing(),
      );
      // Nothing to lose (an empty cache, nothing on the TAL or in Review the file lacks): nothing to ask.
      const loses = impact.accountsBefore > 0 || impact.talMissing.length > 0 || impact.proposalsMissing.length > 0;
      if (loses && !(await confirm(impact))) throw new ImportCancelledError('the replace was not confirmed; nothing changed');
    }
    if (previous) {
      step.progress('merging');
      await copyActiveCache(db, writer, previous, writer.ids(), step.checkCancel);
    }
    step.checkCancel();
    step.progress('indexing');
    const record = await writer.commit(
      {
        at: now().toISOString(),
        fileName: options.fileName,
        mode: options.mode,
        rows: report.rows,
        valid: report.valid,
        errors: report.errors.length,
        warnings: report.warnings.length,
        mapping: report.mapping,
      },
      (committed) => options.onCommitted?.({ report, record: committed }),
    );
    return { report, record };
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    pool.dispose();
  }
}

/** Bytes of a file that the sample check reads: a few thousand rows of a CRM export. */
export const SAMPLE_BYTES = 1024 * 1024;

/** The first rows of a file as the import would read them with a mapping, and whether they are all of it. */
export type ImportSample = { report: ImportReport; complete: boolean };

/**
 * Reads the start of a file (its first SAMPLE_BYTES, cut to whole rows) exactly as importAccounts
 * would with `mapping`, and writes nothing: so a wrong mapping shows in the rows' errors before the
 * import. Run in the pool that will import the file, it also gets the pool's workers loaded and their
 * code compiled while the user reviews the mapping, rather than once the import has started.
 */
export async function checkImportSample(
  file: Blob,
  options: { fileName: string; mapping?: Readonly<Record<string, string>>; pool?: ImportPool },
): Promise<ImportSample> {
  return (await readImportSample(file, options)).sample;
}

/**
 * checkImportSample, also giving the runs of CSV records the pool read (none for JSON, which is read
 * on the calling thread): what the pool can read again to warm up for the import (ImportPool.warmUp).
 */
export async function readImportSample(
  file: Blob,
  options: { fileName: string; mapping?: Readonly<Record<string, string>>; pool?: ImportPool },
): Promise<{ sample: ImportSample; runs: CsvRun[] }> {
  const complete = file.size <= SAMPLE_BYTES;
  const head = await (complete ? file : file.slice(0, SAMPLE_BYTES)).text();
  const text = complete ? head : wholeItemsOf(head, detectFileFormat(options.fileName, head), Number.POSITIVE_INFINITY);
  async function* once() {
    yield text;
  }
  const step: Step = { progress: () => {}, checkCancel: () => {} };
  const discard = { append: async () => {} };
  const pool = options.pool ?? createInProcessPool();
  const runs: CsvRun[] = [];
  const recording: ImportPool = {
    size: pool.size,
    configure: (context) => pool.configure(context),
    readCsv: (csv, firstRecord, skip) => {
      runs.push({ text: csv, firstRecord, skip });
      return pool.readCsv(csv, firstRecord, skip);
    },
    warmUp: (...args) => pool.warmUp(...args),
    dispose: () => pool.dispose(),
  };
  const read = await readFile(
    once(),
    { fileName: options.fileName, mode: 'replace', mapping: options.mapping },
    recording,
    discard,
    step,
    () => {},
  );
  return { sample: { report: read.report(), complete }, runs };
}

/**
 * Where read accounts go: the new generation, nowhere for a sample check, or the team server for an
 * upload. `rows` gives each prepared account's file row (those `keep` drops included).
 */
export type AccountSink = { append(prepared: PreparedAccounts, keep?: readonly boolean[], rows?: readonly number[]): Promise<void> };

/** What readAccountFile is told of as it goes: progress and cancel checks. */
export type ReadStep = { progress(phase: ImportPhase): void; checkCancel(): void };

/**
 * Reads an account file into `sink` as an import does (its mapping, report, repeated ids and row
 * numbers), for other destinations than the cache: CSV in parallel batches, JSON with the streaming
 * reader. `onCounts` is given the reader's running counts.
 */
export function readAccountFile(
  chunks: AsyncIterable<string>,
  options: Pick<ImportOptions, 'fileName' | 'mapping'>,
  pool: ImportPool,
  sink: AccountSink,
  step: ReadStep,
  onCounts: (counts: () => { rows: number; valid: number }) => void,
): Promise<{ report(): ImportReport }> {
  return readFile(chunks, { ...options, mode: 'merge' }, pool, sink, step, onCounts);
}

/** Reads the file into the writer: CSV in parallel batches, JSON with the streaming reader. */
async function readFile(
  chunks: AsyncIterable<string>,
  options: ImportOptions,
  pool: ImportPool,
  writer: AccountSink,
  step: Step,
  onCounts: (counts: () => { rows: number; valid: number }) => void,
): Promise<{ report(): ImportReport }> {
  const iterator = chunks[Symbol.asyncIterator]();
  // The format, the delimiter and the line break are decided from the whole first line (and the character after it).
  let head = '';
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    head += next.value;
    if (/[\r\n][\s\S]/.test(head) || head.length >= 65536) break;
  }
  head = head.replace(/^\uFEFF/, '');
  if (head.trim() === '') throw new AccountFileError(`${options.fileName}: the file is empty`);
  const rest = { [Symbol.asyncIterator]: () => iterator };
  if (detectFileFormat(options.fileName, head) !== 'csv') {
    const reader = createAccountReader({ fileName: options.fileName, mapping: options.mapping });
    onCounts(reader.progress);
    const append = (accounts: Account[]) =>
      writer.append(
        prepareAccounts(accounts),
        undefined,
        accounts.map((a) => reader.rowOf(a.id)),
      );
    await append(reader.push(head));
    for await (const chunk of rest) {
      await append(reader.push(chunk));
      step.progress('reading');
    }
    await append(reader.end());
    return reader;
  }
  return readCsvInBatches(head, rest, options, pool, writer, step, onCounts);
}

/**
 * CSV: cuts the text into runs of whole records, reads them in the pool, and applies the results in
 * file order (the report's order and the rule that the first of repeated ids stands need it).
 */
async function readCsvInBatches(
  head: string,
  rest: AsyncIterable<string>,
  options: ImportOptions,
  pool: ImportPool,
  writer: AccountSink,
  step: Step,
  onCounts: (counts: () => { rows: number; valid: number }) => void,
) {
  const dialect = detectDialect(head);
  const splitter = createRecordSplitter(dialect);
  let collector: ReturnType<typeof createImportCollector> | undefined;
  let mapping: Record<string, string> = {};
  let nextRecord = 1;
  let pending = { texts: [] as string[], characters: 0, firstRecord: 1, records: 0 };
  const inFlight: Promise<PreparedBatch>[] = [];

  async function applyOldest() {
    const { batch, prepared } = await (inFlight.shift() as Promise<PreparedBatch>);
    const keep = (collector as NonNullable<typeof collector>).accept({ ...batch, ids: prepared.ids });
    await writer.append(prepared, keep, batch.accountRows);
    step.progress('reading');
  }

  /** The header: the first record that is not blank, found in the first run that has one. */
  function findHeader(text: string, firstRecord: number): number | null {
    const tokenizer = createCsvTokenizer(dialect);
    const records = [...tokenizer.push(text), ...tokenizer.end().records];
    const index = records.findIndex((cells) => !isBlankRecord(cells));
    if (index === -1) return null;
    const header = unescapeFormulas(records[index] as string[]);
    const overrides = { ...(options.mapping ?? {}) };
    const plan = planColumns(header, overrides);
    mapping = plan.mapping;
    collector = createImportCollector(derivesIds(plan));
    if (derivesIds(plan)) collector.warn({ row: firstRecord + index, field: 'id', message: DERIVED_IDS_WARNING });
    onCounts(collector.progress);
    pool.configure({ dialect, header, mapping: overrides });
    return index + 1;
  }

  async function dispatch(force: boolean) {
    if (pending.records === 0 || (!force && pending.characters < BATCH_CHARACTERS)) return;
    const text = pending.texts.join('');
    let skip = 0;
    if (!collector) {
      const found = findHeader(text, pending.firstRecord);
      if (found === null) {
        // Only blank lines so far: they keep their row numbers, and the header is still to come.
        pending = { texts: [], characters: 0, firstRecord: nextRecord, records: 0 };
        return;
      }
      skip = found;
    }
    inFlight.push(pool.readCsv(text, pending.firstRecord, skip));
    pending = { texts: [], characters: 0, firstRecord: nextRecord, records: 0 };
    if (inFlight.length >= pool.size * 2) await applyOldest();
  }

  async function take(run: { text: string; records: number }) {
    if (run.records === 0) return;
    pending.texts.push(run.text);
    pending.characters += run.text.length;
    pending.records += run.records;
    nextRecord += run.records;
    await dispatch(false);
  }

  // Browsers stream files in pieces of up to megabytes: cut them so batches stay small and spread over the workers.
  async function feed(chunk: string) {
    for (let at = 0; at < chunk.length; at += BATCH_CHARACTERS) await take(splitter.push(chunk.slice(at, at + BATCH_CHARACTERS)));
    step.progress('reading');
  }

  await feed(head);
  for await (const chunk of rest) await feed(chunk);
  const last = splitter.end();
  if (last.unterminatedQuote) {
    await dispatch(true);
    if (!collector) throw new AccountFileError(`${options.fileName}: the header row opens a quote that is never closed`);
  } else await take(last);
  await dispatch(true);
  while (inFlight.length > 0) await applyOldest();
  if (!collector) throw new AccountFileError(`${options.fileName}: the file is empty (no header row)`);
  const done = collector;
  if (last.unterminatedQuote) {
    done.error({
      row: nextRecord,
      field: 'row',
      message: 'a quoted cell that starts in this row is never closed, so the rest of the file was read as one cell: check the quotes',
    });
  }
  return { report: () => done.report(mapping) };
}
