import type { ImportMode } from '@/lib/db';
import { useDataT } from './use-data-t';

/** Replace the cache with the file, or merge the file into it (upsert by id). */
export function ImportModeChoice({ mode, onChange }: { mode: ImportMode; onChange(mode: ImportMode): void }) {
  const t = useDataT();
  return (
    <fieldset className="data-mode">
      <legend>{t('data.mode.legend')}</legend>
      {(['replace', 'merge'] as const).map((value) => (
        <label key={value}>
          <input type="radio" name="import-mode" value={value} checked={mode === value} onChange={() => onChange(value)} />{' '}
          {t(value === 'replace' ? 'data.mode.replace' : 'data.mode.merge')}
        </label>
      ))}
    </fieldset>
  );
}
