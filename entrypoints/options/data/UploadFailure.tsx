import type { UploadBatchError } from '@/lib/sync/upload';
import { IssueList } from './IssueList';
import { useDataT } from './use-data-t';

/**
 * Why an upload stopped: which batch and file rows, what the server said, each refused account's
 * problem by row; and that nothing of it was applied (or, when the commit went unanswered, that
 * uploading again is safe).
 */
export function UploadFailure({ error }: { error: UploadBatchError }) {
  const t = useDataT();
  const commit = error.batch === 0;
  return (
    <div className="data-upload-failure">
      <p role="alert">
        {commit
          ? t('data.upload.commitFailed', { reason: error.reason })
          : error.rows
            ? t('data.upload.batchFailed', { batch: error.batch, first: error.rows.first, last: error.rows.last, reason: error.reason })
            : t('data.upload.batchFailedNoRows', { batch: error.batch, reason: error.reason })}
      </p>
      {error.rowErrors.length > 0 && (
        <IssueList report={{ errors: error.rowErrors.map((issue) => ({ ...issue, row: issue.row ?? 0 })), warnings: [] }} />
      )}
    </div>
  );
}
