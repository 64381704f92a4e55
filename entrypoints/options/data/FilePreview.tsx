import type { ImportMode } from '@/lib/db';
import type { AccountFilePreview } from '@/lib/import';
import { ImportModeChoice } from './ImportModeChoice';
import { MappingTable } from './MappingTable';
import { SampleCheck } from './SampleCheck';
import { useDataT } from './use-data-t';
import type { SampleState } from './use-import-flow';

/** A picked file before import: its columns and how they will be read (correctable), its first rows checked so, the mode, and Import. */
export function FilePreview({
  fileName,
  preview,
  mapping,
  sample,
  mode,
  onRemap,
  onMode,
  onImport,
}: {
  fileName: string;
  preview: AccountFilePreview;
  mapping: Record<string, string>;
  sample: SampleState;
  mode: ImportMode;
  onRemap(header: string, target: string): void;
  onMode(mode: ImportMode): void;
  onImport(): void;
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
      <ImportModeChoice mode={mode} onChange={onMode} />
      <button type="button" className="primary" onClick={onImport} disabled={!hasName}>
        {t('data.import.start')}
      </button>
    </div>
  );
}
