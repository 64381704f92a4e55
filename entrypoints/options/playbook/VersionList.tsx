import { useI18n } from '@/components/i18n';
import type { PlaybookVersionRow } from '@/lib/db';

type Props = { versions: readonly PlaybookVersionRow[]; canRestore: boolean; onRestore(row: PlaybookVersionRow): void };

/** The saved versions of the playbook, newest first; an older one can be restored as the current playbook. */
export function VersionList({ versions, canRestore, onRestore }: Props) {
  const { t, locale } = useI18n();
  if (versions.length === 0) return <p className="muted">{t('playbook.versions.none')}</p>;
  return (
    <table className="data-table" data-testid="playbook-versions">
      <caption>{t('playbook.versions.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('playbook.versions.version')}</th>
          <th scope="col">{t('playbook.versions.saved')}</th>
          <th scope="col">{t('playbook.versions.by')}</th>
          <th scope="col">{t('playbook.versions.name')}</th>
          {canRestore && <td />}
        </tr>
      </thead>
      <tbody>
        {versions.map((row, index) => (
          <tr key={row.version}>
            <th scope="row">
              {row.version} {index === 0 && <span className="tag">{t('playbook.versions.current')}</span>}
            </th>
            <td>{new Date(row.savedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })}</td>
            <td>
              {row.onServer
                ? t('playbook.versions.byOnServer', { name: row.onServer.savedBy.name, version: row.onServer.version })
                : t(`playbook.versions.source.${row.source}`)}
            </td>
            <td>{row.playbook.name}</td>
            {canRestore && (
              <td>
                {index > 0 && (
                  <button type="button" onClick={() => onRestore(row)}>
                    {t('playbook.versions.restore', { version: row.version ?? '' })}
                  </button>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
