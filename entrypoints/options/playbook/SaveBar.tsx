import { useState } from 'react';
import { useI18n } from '@/components/i18n';

type SaveBarProps = { canSave: boolean; dirty: boolean; invalid: boolean; onSave(): Promise<void>; onReset(): void };

/** Saves the draft as a new version, or discards it; says why saving is not possible. */
export function SaveBar({ canSave, dirty, invalid, onSave, onReset }: SaveBarProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<{ kind: 'idle' | 'busy' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const save = async () => {
    setStatus({ kind: 'busy' });
    try {
      await onSave();
      setStatus({ kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="save-bar">
      <button type="button" className="primary" disabled={!canSave || status.kind === 'busy'} onClick={save}>
        {t('playbook.save')}
      </button>
      <button type="button" disabled={!dirty} onClick={onReset}>
        {t('playbook.discard')}
      </button>
      <p role="status">
        {invalid && t('playbook.save.blocked')}
        {status.kind === 'error' && t('common.error', { message: status.message })}
      </p>
    </div>
  );
}
