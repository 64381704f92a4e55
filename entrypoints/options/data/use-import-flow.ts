import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  countCache,
  ImportCancelledError,
  type ImportMode,
  type ImportProgress,
  type ImportRecordRow,
  type ImportRun,
  type ImportSample,
  type PreparedImport,
  type ReplaceImpact,
  readActiveCache,
} from '@/lib/db';
import type { AccountFilePreview, ImportReport } from '@/lib/import';
import type { FileUploadProgress } from '@/lib/services/upload-file';
import type { TeamServer } from '@/lib/settings/team';
import { UploadBatchError, UploadCancelledError, type UploadTotals } from '@/lib/sync/upload';
import { useOptionsServices } from '../services';
import { readPreview } from './read-preview';

/** The check of a previewed file's first rows with the mapping shown: under way, its outcome, or why it failed. */
export type SampleState = { kind: 'checking' } | { kind: 'checked'; sample: ImportSample } | { kind: 'failed'; message: string };

/** Where the Data section is: nothing picked, a file previewed, an import running, or its outcome. */
export type ImportStage =
  | { kind: 'idle' }
  | {
      kind: 'preview';
      file: File;
      preview: AccountFilePreview;
      mapping: Record<string, string>;
      prepared: PreparedImport;
      sample: SampleState;
    }
  | { kind: 'unreadable'; message: string }
  | {
      kind: 'importing';
      file: File;
      progress: ImportProgress | null;
      run: ImportRun;
      /** A replace asking, once its file is read, whether to go on. */
      confirm?: { impact: ReplaceImpact; answer(replace: boolean): void };
    }
  | { kind: 'done'; report: ImportReport; record: ImportRecordRow }
  | { kind: 'uploading'; file: File; progress: FileUploadProgress | null; cancel(): void }
  | { kind: 'uploaded'; fileName: string; report: ImportReport; totals: UploadTotals }
  | { kind: 'uploadFailed'; error: UploadBatchError }
  | { kind: 'cancelled'; destination: ImportDestination }
  | { kind: 'failed'; message: string; destination: ImportDestination };

/** Where a picked file goes: this browser's account cache, or the team server (an admin's upload, for everyone). */
export type ImportDestination = 'cache' | 'server';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The import flow of the Data section: preview a file, correct its mapping (its first rows are checked
 * with each mapping shown, by the import that gets ready meanwhile), import it, and the cache's state.
 */
export function useImportFlow(server: TeamServer | null = null) {
  const { db, prepareImport, uploadAccounts, syncNow } = useOptionsServices();
  // An admin's file is most often the team's data: the server is offered first, and uploading still takes its own button.
  const [chosenDestination, setDestination] = useState<ImportDestination>('server');
  // Only an admin connected to a team server uploads; anyone else imports into this browser.
  const destination: ImportDestination = server?.member.role === 'admin' ? chosenDestination : 'cache';
  const [stage, setStage] = useState<ImportStage>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('replace');
  // The prepared import not yet started, given up when another file is picked or the page goes.
  const pending = useRef<PreparedImport | null>(null);
  const giveUp = useCallback(() => {
    pending.current?.dispose();
    pending.current = null;
  }, []);
  useEffect(() => giveUp, [giveUp]);

  // The cache in use, followed live: an import here or in another tab, a team sync's changes (the overlay), a fold.
  const status = useLiveQuery(
    () =>
      readActiveCache(db)
        .then(async (cache) => ({
          active: cache?.import ?? null,
          // The exact count: with rows a sync left unsettled, countCache looks them up (the background settles them soon).
          overlay: cache && cache.overlay.rows > 0 ? { changed: cache.overlay.rows, accounts: await countCache(db, cache) } : null,
          error: null,
        }))
        .catch((error: unknown) => ({ active: null, overlay: null, error: messageOf(error) })),
    [db],
  );
  const active: ImportRecordRow | null = status?.active ?? null;
  const overlay = status?.overlay ?? null;
  const statusError = status?.error ?? null;

  const prepared = stage.kind === 'preview' ? stage.prepared : null;
  const mapping = stage.kind === 'preview' ? stage.mapping : null;
  useEffect(() => {
    if (!prepared || !mapping) return;
    let current = true;
    const settle = (sample: SampleState) => {
      if (!current) return;
      setStage((now) => (now.kind === 'preview' && now.prepared === prepared && now.mapping === mapping ? { ...now, sample } : now));
    };
    prepared.checkSample(mapping).then(
      (sample) => settle({ kind: 'checked', sample }),
      (error: unknown) => settle({ kind: 'failed', message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [prepared, mapping]);

  const pick = async (file: File | undefined) => {
    giveUp();
    if (!file) return setStage({ kind: 'idle' });
    try {
      const preview = await readPreview(file);
      giveUp();
      const ready = prepareImport(file);
      pending.current = ready;
      setStage({ kind: 'preview', file, preview, mapping: { ...preview.mapping }, prepared: ready, sample: { kind: 'checking' } });
    } catch (error) {
      setStage({ kind: 'unreadable', message: messageOf(error) });
    }
  };

  const remap = (header: string, target: string) =>
    setStage((current) =>
      current.kind === 'preview'
        ? { ...current, mapping: { ...current.mapping, [header]: target }, sample: { kind: 'checking' } }
        : current,
    );

  const start = () => {
    if (stage.kind !== 'preview') return;
    const { file, mapping, prepared } = stage;
    pending.current = null;
    const onRun = (update: (current: Extract<ImportStage, { kind: 'importing' }>) => ImportStage) =>
      setStage((current) => (current.kind === 'importing' && current.run === run ? update(current) : current));
    // A replace says what it will do once the file is read, and goes on only if the user agrees.
    const confirmReplace = (impact: ReplaceImpact) =>
      new Promise<boolean>((resolve) =>
        onRun((current) => ({
          ...current,
          confirm: {
            impact,
            answer: (replace) => {
              onRun(({ confirm: _, ...rest }) => rest);
              resolve(replace);
            },
          },
        })),
      );
    const run = prepared.start({ db, mode, mapping, ...(mode === 'replace' ? { confirmReplace } : {}) }, (progress) =>
      onRun((current) => ({ ...current, progress })),
    );
    setStage({ kind: 'importing', file, progress: null, run });
    run.done.then(
      ({ report, record }) => {
        setStage({ kind: 'done', report, record });
      },
      (error: unknown) =>
        setStage(
          error instanceof ImportCancelledError
            ? { kind: 'cancelled', destination: 'cache' }
            : { kind: 'failed', message: messageOf(error), destination: 'cache' },
        ),
    );
  };

  /** Uploads the previewed file to the team server with the mapping shown; the cache follows at the next sync. */
  const upload = () => {
    if (stage.kind !== 'preview' || !server) return;
    const { file, mapping } = stage;
    giveUp();
    const controller = new AbortController();
    const uploading = { kind: 'uploading' as const, file, progress: null, cancel: () => controller.abort() };
    setStage(uploading);
    const onProgress = (progress: FileUploadProgress) =>
      setStage((current) => (current.kind === 'uploading' && current.file === file ? { ...current, progress } : current));
    uploadAccounts(server, file, { fileName: file.name, mapping, signal: controller.signal, onProgress }).then(
      ({ report, totals }) => {
        setStage({ kind: 'uploaded', fileName: file.name, report, totals });
        // This browser gets the uploaded accounts as every member does; a failed sync says so in the Team section.
        syncNow().catch(() => {});
      },
      (error: unknown) =>
        setStage(
          error instanceof UploadCancelledError
            ? { kind: 'cancelled', destination: 'server' }
            : error instanceof UploadBatchError
              ? { kind: 'uploadFailed', error }
              : { kind: 'failed', message: messageOf(error), destination: 'server' },
        ),
    );
  };

  const reset = () => {
    giveUp();
    setStage({ kind: 'idle' });
  };

  return { stage, mode, setMode, destination, setDestination, active, overlay, statusError, pick, remap, start, upload, reset };
}
