import { useOpenedAt, useOptionsServices } from '../services';
import { useTeamServer } from '../team/use-team-server';
import { CacheStatus } from './CacheStatus';
import { DestinationChoice } from './DestinationChoice';
import { ExportButton } from './ExportButton';
import { FilePreview } from './FilePreview';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportResult } from './ImportResult';
import { ReplaceConfirm } from './ReplaceConfirm';
import { UploadFailure } from './UploadFailure';
import { UploadProgressBar } from './UploadProgressBar';
import { useDataT } from './use-data-t';
import { useImportFlow } from './use-import-flow';
import './data.css';

/**
 * The options page's Data section: the account cache's state, import (preview, mapping, progress,
 * report) and export; for an admin connected to a team server, the same flow uploads the file to it.
 */
export function DataSection() {
  const t = useDataT();
  const { save } = useOptionsServices();
  const today = new Date(useOpenedAt()).toISOString().slice(0, 10);
  const server = useTeamServer() ?? null;
  const flow = useImportFlow(server);
  const { stage } = flow;
  const busy = stage.kind === 'importing' || stage.kind === 'uploading';
  const admin = server?.member.role === 'admin' ? server : null;
  return (
    <div className="data-section">
      <CacheStatus
        record={flow.active}
        overlay={flow.overlay}
        exportButton={<ExportButton today={today} disabled={busy || flow.active === null} />}
      />
      {flow.statusError && <p role="alert">{flow.statusError}</p>}
      <section className="card" aria-labelledby="data-import-heading">
        <h2 id="data-import-heading">{t('data.import.heading')}</h2>
        <p className="muted">{t('data.import.help')}</p>
        <p>
          <label>
            {t('data.import.file')}{' '}
            <input
              type="file"
              accept=".csv,.tsv,.txt,.json,.ndjson,.jsonl,text/csv,application/json"
              disabled={busy}
              onChange={(event) => flow.pick(event.target.files?.[0])}
            />
          </label>
        </p>
        {stage.kind === 'unreadable' && <p role="alert">{t('data.preview.error', { message: stage.message })}</p>}
        {stage.kind === 'preview' && (
          <FilePreview
            fileName={stage.file.name}
            preview={stage.preview}
            mapping={stage.mapping}
            sample={stage.sample}
            mode={flow.mode}
            onRemap={flow.remap}
            onMode={flow.setMode}
            onImport={flow.start}
            {...(admin && {
              upload: {
                choice: <DestinationChoice destination={flow.destination} serverUrl={admin.url} onChange={flow.setDestination} />,
                toServer: flow.destination === 'server',
                onUpload: flow.upload,
              },
            })}
          />
        )}
        {stage.kind === 'importing' && stage.confirm && (
          <ReplaceConfirm fileName={stage.file.name} impact={stage.confirm.impact} onAnswer={stage.confirm.answer} />
        )}
        {stage.kind === 'importing' && !stage.confirm && (
          <ImportProgressBar
            fileName={stage.file.name}
            fileSize={stage.file.size}
            progress={stage.progress}
            onCancel={() => stage.run.cancel()}
          />
        )}
        {stage.kind === 'uploading' && (
          <UploadProgressBar fileName={stage.file.name} fileSize={stage.file.size} progress={stage.progress} onCancel={stage.cancel} />
        )}
        {stage.kind === 'cancelled' && (
          <p role="status">{t(stage.destination === 'server' ? 'data.upload.cancelled' : 'data.result.cancelled')}</p>
        )}
        {stage.kind === 'failed' && (
          <p role="alert">{t(stage.destination === 'server' ? 'data.upload.failed' : 'data.result.failed', { message: stage.message })}</p>
        )}
        {stage.kind === 'uploadFailed' && <UploadFailure error={stage.error} />}
      </section>
      {stage.kind === 'done' && (
        <ImportResult
          heading={t('data.result.done', {
            valid: stage.report.valid,
            rows: stage.report.rows,
            file: stage.record.fileName,
            accounts: stage.record.accounts,
          })}
          report={stage.report}
          fileName={stage.record.fileName}
          save={save}
        />
      )}
      {stage.kind === 'uploaded' && (
        <ImportResult
          heading={t('data.upload.done', { valid: stage.report.valid, rows: stage.report.rows, file: stage.fileName })}
          note={<p>{t('data.upload.changed', { ...stage.totals })}</p>}
          report={stage.report}
          fileName={stage.fileName}
          save={save}
        />
      )}
    </div>
  );
}
