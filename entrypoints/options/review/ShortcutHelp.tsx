import { useI18n } from '@/components/i18n';
import type { MessageKey } from '@/lib/i18n';

const MANAGER_KEYS: [string, MessageKey][] = [
  ['j', 'review.keys.next'],
  ['k', 'review.keys.previous'],
  ['a', 'review.keys.approve'],
  ['r', 'review.keys.reject'],
  ['x', 'review.keys.select'],
  ['Enter', 'review.keys.enter'],
  ['Esc', 'review.keys.escape'],
  ['?', 'review.keys.help'],
];
const REP_KEYS = MANAGER_KEYS.filter(([key]) => ['j', 'k', '?'].includes(key));

/** The "?" help: the review's keyboard shortcuts, for the keys this actor may use. */
export function ShortcutHelp({ open, onToggle, canDecide }: { open: boolean; onToggle(): void; canDecide: boolean }) {
  const { t } = useI18n();
  return (
    <div className="shortcut-help">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="review-shortcuts"
        onClick={onToggle}
        aria-label={t('review.keys.title')}
        title={t('review.keys.title')}
      >
        ?
      </button>
      {open && (
        <section id="review-shortcuts" className="card" aria-label={t('review.keys.title')}>
          <h2>{t('review.keys.title')}</h2>
          <table>
            <caption className="visually-hidden">{t('review.keys.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.keys.key')}</th>
                <th scope="col">{t('review.keys.action')}</th>
              </tr>
            </thead>
            <tbody>
              {(canDecide ? MANAGER_KEYS : REP_KEYS).map(([key, label]) => (
                <tr key={key}>
                  <th scope="row">
                    <kbd>{key}</kbd>
                  </th>
                  <td>{t(label)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
