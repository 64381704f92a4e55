import { useState } from 'react';
import { useI18n } from '@/components/i18n';

/** Replaces the cache with the shipped demo data, after the user confirms. */
export function ResetDemoData({ reset }: { reset: () => Promise<number> }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' } | { kind: 'done'; count: number } | { kind: 'error'; message: string }>({
    kind: 'idle',
  });
  const run = async () => {
    if (!window.confirm(t('settings.resetDemo.confirm'))) return;
    setStatus({ kind: 'busy' });
    try {
      setStatus({ kind: 'done', count: await reset() });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="card">
      <p className="muted">{t('settings.resetDemo.help')}</p>
      <button type="button" onClick={run} disabled={status.kind === 'busy'}>
        {t('settings.resetDemo')}
      </button>
      <p role="status">
        {status.kind === 'done' && t('settings.resetDemo.done', { count: status.count })}
        {status.kind === 'error' && t('common.error', { message: status.message })}
      </p>
    </div>
  );
}
