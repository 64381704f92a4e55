import { useCallback, useEffect, useState } from 'react';
import {
  ImportCancelledError,
  type ImportMode,
  type ImportProgress,
  type ImportRecordRow,
  type ImportRun,
  type ImportStarter,
  readActiveCache,
  type TalDb,
} from '@/lib/db';
import type { AccountFilePreview, ImportReport } from '@/lib/import';
import { readPreview } from './read-preview';

/** Where the Data section is: nothing picked, a file previewed, an import running, or its outcome. */
export type ImportStage =
  | { kind: 'idle' }
  | { kind: 'preview'; file: File; preview: AccountFilePreview; mapping: Record<string, string> }
  | { kind: 'unreadable'; message: string }
  | { kind: 'importing'; file: File; progress: ImportProgress | null; run: ImportRun }
  | { kind: 'done'; report: ImportReport; record: ImportRecordRow }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The import flow of the Data section: preview a file, correct its mapping, import it, and the cache's current state. */
export function useImportFlow(db: TalDb, startImport: ImportStarter) {
  const [stage, setStage] = useState<ImportStage>({ kind: 'idle' });
  const [mode, setMode] = useState<ImportMode>('replace');
  const [active, setActive] = useState<ImportRecordRow | null>(null);
  const [statusError, setStatusError] = useState<string | null>(null);

  const refreshStatus = useCallback(() => {
    readActiveCache(db).then(
      (cache) => setActive(cache?.import ?? null),
      (error: unknown) => setStatusError(messageOf(error)),
    );
  }, [db]);
  useEffect(refreshStatus, [refreshStatus]);

  const pick = async (file: File | undefined) => {
    if (!file) return setStage({ kind: 'idle' });
    try {
      const preview = await readPreview(file);
      setStage({ kind: 'preview', file, preview, mapping: { ...preview.mapping } });
    } catch (error) {
      setStage({ kind: 'unreadable', message: messageOf(error) });
    }
  };

  const remap = (header: string, target: string) =>
    setStage((current) => (current.kind === 'preview' ? { ...current, mapping: { ...current.mapping, [header]: target } } : current));

  const start = () => {
    if (stage.kind !== 'preview') return;
    const { file, mapping } = stage;
    const run = startImport({ db, file, mode, mapping }, (progress) =>
      setStage((current) => (current.kind === 'importing' && current.run === run ? { ...current, progress } : current)),
    );
    setStage({ kind: 'importing', file, progress: null, run });
    run.done.then(
      ({ report, record }) => {
        setStage({ kind: 'done', report, record });
        refreshStatus();
      },
      (error: unknown) =>
        setStage(error instanceof ImportCancelledError ? { kind: 'cancelled' } : { kind: 'failed', message: messageOf(error) }),
    );
  };

  return { stage, mode, setMode, active, statusError, pick, remap, start, reset: () => setStage({ kind: 'idle' }) };
}
