import { useI18n } from '@/components/i18n';
import type { PathError } from './errors-at';

/** Every validation error of the draft by JSON path, announced politely as they change. */
export function ErrorSummary({ errors }: { errors: readonly PathError[] }) {
  const { t } = useI18n();
  return (
    <div className={errors.length > 0 ? 'error-summary card' : 'error-summary'} aria-live="polite" data-testid="playbook-errors">
      {errors.length === 0 ? (
        <p className="ok">{t('playbook.valid')}</p>
      ) : (
        <>
          <p>{t('playbook.invalid', { count: errors.length })}</p>
          <ul className="error-list">
            {errors.map((e) => (
              <li key={`${e.path}:${e.message}`}>{e.path === '' ? e.message : `${e.path}: ${e.message}`}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
