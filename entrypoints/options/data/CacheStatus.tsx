import type { ReactNode } from 'react';
import { useI18n } from '@/components/i18n';
import type { ImportRecordRow } from '@/lib/db';
import { useDataT } from './use-data-t';

/**
 * When and from which file the cache was loaded, and its counts, with what team syncs and the panel
 * changed since (the overlay); the export button sits beside it.
 */
export function CacheStatus({
  record,
  overlay = null,
  exportButton,
}: {
  record: ImportRecordRow | null;
  /** What team syncs and the panel changed since (the overlay's accounts), and how many accounts the cache holds now. */
  overlay?: { changed: number; accounts: number } | null;
  exportButton: ReactNode;
}) {
  const t = useDataT();
  const { locale } = useI18n();
  return (
    <section className="card data-status" aria-labelledby="data-status-heading">
      <h2 id="data-status-heading">{t('data.status.heading')}</h2>
      {record === null ? (
        <p>{t('data.status.empty')}</p>
      ) : (
        <>
          <p>
            {t('data.status.loaded', {
              file: record.fileName,
              date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(record.at)),
              mode: t(record.mode === 'merge' ? 'data.mode.merge.short' : 'data.mode.replace.short'),
            })}
          </p>
          <p>
            {t('data.status.counts', {
              accounts: record.accounts,
              rows: record.rows,
              valid: record.valid,
              errors: record.errors,
              warnings: record.warnings,
            })}
          </p>
          {overlay !== null && (
            <p data-testid="cache-overlay">{t('data.status.overlay', { changed: overlay.changed, accounts: overlay.accounts })}</p>
          )}
        </>
      )}
      {exportButton}
    </section>
  );
}
