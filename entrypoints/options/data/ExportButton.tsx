import { useState } from 'react';
import { exportAccountsCsv } from '@/lib/db';
import { useOptionsServices } from '../services';
import { useDataT } from './use-data-t';

/** Exports the whole cache as a formula-safe CSV, read chunk by chunk. */
export function ExportButton({ today, disabled }: { today: string; disabled: boolean }) {
  const { db, save } = useOptionsServices();
  const t = useDataT();
  const [state, setState] = useState<{ kind: 'idle' | 'busy' } | { kind: 'failed'; message: string }>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'busy' });
    try {
      const parts: string[] = [];
      for await (const piece of exportAccountsCsv(db)) parts.push(piece);
      save(`tal-accounts-${today}.csv`, parts);
      setState({ kind: 'idle' });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <p>
      <button type="button" onClick={run} disabled={disabled || state.kind === 'busy'}>
        {state.kind === 'busy' ? t('data.export.busy') : t('data.export')}
      </button>
      {state.kind === 'failed' && <span role="alert"> {t('data.export.failed', { message: state.message })}</span>}
    </p>
  );
}
