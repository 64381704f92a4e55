import type { ReactNode } from 'react';
import type { ImportMode } from '@/lib/db';
import type { AccountFilePreview } from '@/lib/import';
import { ImportModeChoice } from './ImportModeChoice';
import { MappingTable } from './MappingTable';
import { SampleCheck } from './SampleCheck';
import { useDataT } from './use-data-t';
import type { SampleState } from './use-import-flow';

/** An admin's destination choice and the upload it leads to (absent for everyone else). */
export type UploadChoice = { choice: ReactNode; toServer: boolean; onUpload(): void };

/**
 * A picked file before import: its columns and how they will be read (correctable), its first rows
 * checked so, the mode, and Import; for an admin on a team server, the choice to upload it instead.
 */
export function FilePreview({
  fileName,
  preview,
  mapping,
  sample,
  mode,
  onRemap,
  onMode,
  onImport,
  upload,
}: {
  fileName: string;
  preview: AccountFilePreview;
  mapping: Record<string, string>;
  sample: SampleState;
  mode: ImportMode;
  onRemap(header: string, target: string): void;
  onMode(mode: ImportMode): void;
  onImport(): void;
  upload?: UploadChoice;
}) {
  const t = useDataT();
  const targets = Object.values(mapping);
  const hasName = targets.includes('name');
  return (
    <div className="data-preview">
      <p>{t('data.preview.summary', { file: fileName, format: preview.format.toUpperCase(), columns: preview.headers.length })}</p>
      {!hasName && <p role="alert">{t('data.preview.noName')}</p>}
      {hasName && !targets.includes('id') && <p className="muted">{t('data.preview.noId')}</p>}
      <MappingTable headers={preview.headers} samples={preview.samples} mapping={mapping} onChange={onRemap} />
      {hasName && <SampleCheck state={sample} />}
      {upload?.choice}
      {upload?.toServer ? (
        <>
          <p className="muted">{t('data.upload.help')}</p>
          <button type="button" className="primary" onClick={upload.onUpload} disabled={!hasName}>
            {t('data.upload.start')}
          </button>
        </>
      ) : (
        <>
          <ImportModeChoice mode={mode} onChange={onMode} />
          <button type="button" className="primary" onClick={onImport} disabled={!hasName}>
            {t('data.import.start')}
          </button>
        </>
      )}
    </div>
  );
}
