import { ProgressBar } from '@/components/ProgressBar';
import type { ImportProgress } from '@/lib/db';
import { useDataT } from './use-data-t';

/** Percent done: reading is most of the work (up to 90%), then merging and indexing. */
export function progressPercent(progress: ImportProgress | null, fileSize: number): number {
  if (!progress) return 0;
  if (progress.phase === 'merging') return 92;
  if (progress.phase === 'indexing') return 95;
  return Math.min(90, Math.floor((90 * progress.charactersRead) / Math.max(fileSize, 1)));
}

/** A real progress bar (role=progressbar with its value) and the Cancel button of a running import. */
export function ImportProgressBar({
  fileName,
  fileSize,
  progress,
  onCancel,
}: {
  fileName: string;
  fileSize: number;
  progress: ImportProgress | null;
  onCancel(): void;
}) {
  const t = useDataT();
  const percent = progressPercent(progress, fileSize);
  const phase =
    progress?.phase === 'merging'
      ? t('data.progress.merging')
      : progress?.phase === 'indexing'
        ? t('data.progress.indexing')
        : t('data.progress.reading', { file: fileName, rows: progress?.rows ?? 0 });
  return (
    <div className="data-progress">
      <ProgressBar label={t('data.progress.label')} value={percent} />
      <p role="status">{phase}</p>
      <button type="button" onClick={onCancel}>
        {t('data.progress.cancel')}
      </button>
    </div>
  );
}
