import { useI18n } from '@/components/i18n';
import { IGNORE_COLUMN } from '@/lib/import';
import { FIELD_NAMES } from '@/lib/schema/account-fields';
import { useDataT } from './use-data-t';

/** One row per column: its header, first value, and a select of what it is read as (a field, custom, or ignored). */
export function MappingTable({
  headers,
  samples,
  mapping,
  onChange,
}: {
  headers: readonly string[];
  samples: Readonly<Record<string, string>>;
  mapping: Readonly<Record<string, string>>;
  onChange(header: string, target: string): void;
}) {
  const t = useDataT();
  const { t: tr } = useI18n();
  return (
    <table className="data-mapping">
      <caption>{t('data.preview.columns')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('data.preview.column')}</th>
          <th scope="col">{t('data.preview.sample')}</th>
          <th scope="col">{t('data.preview.field')}</th>
        </tr>
      </thead>
      <tbody>
        {headers.map((header) => (
          <tr key={header}>
            <th scope="row">{header}</th>
            <td className="muted">{samples[header] ?? ''}</td>
            <td>
              <select
                aria-label={t('data.preview.select', { column: header })}
                value={mapping[header] ?? `custom.${header}`}
                onChange={(event) => onChange(header, event.target.value)}
              >
                {FIELD_NAMES.map((field) => (
                  <option key={field} value={field}>
                    {tr(`field.${field}`)} ({field})
                  </option>
                ))}
                <option value={`custom.${header.startsWith('custom.') ? header.slice(7) : header}`}>
                  {t('data.preview.custom', { column: header })}
                </option>
                <option value={IGNORE_COLUMN}>{t('data.preview.ignore')}</option>
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
