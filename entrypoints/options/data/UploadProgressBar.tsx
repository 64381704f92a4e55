import { ProgressBar } from '@/components/ProgressBar';
import type { FileUploadProgress } from '@/lib/services/upload-file';
import { useDataT } from './use-data-t';

/** Percent done: reading and sending go together (up to 95%, by the file read), then the commit. */
export function uploadPercent(progress: FileUploadProgress | null, fileSize: number): number {
  if (!progress) return 0;
  if (progress.phase === 'committing') return 97;
  return Math.min(95, Math.floor((95 * progress.charactersRead) / Math.max(fileSize, 1)));
}

/** A running upload: its progress bar, what is stored on the server so far, and Cancel until the commit starts. */
export function UploadProgressBar({
  fileName,
  fileSize,
  progress,
  onCancel,
}: {
  fileName: string;
  fileSize: number;
  progress: FileUploadProgress | null;
  onCancel(): void;
}) {
  const t = useDataT();
  const percent = uploadPercent(progress, fileSize);
  const committing = progress?.phase === 'committing';
  return (
    <div className="data-progress">
      <ProgressBar label={t('data.upload.progress')} value={percent} />
      <p role="status">
        {committing
          ? t('data.upload.committing', { accounts: progress.accountsSent })
          : t('data.upload.sending', { file: fileName, rows: progress?.rows ?? 0, sent: progress?.accountsSent ?? 0 })}
      </p>
      {!committing && (
        <button type="button" onClick={onCancel}>
          {t('data.upload.cancel')}
        </button>
      )}
    </div>
  );
}
