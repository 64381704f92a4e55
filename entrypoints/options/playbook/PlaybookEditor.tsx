import { type ReactNode, useDeferredValue, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { Playbook } from '@/lib/schema/playbook';
import { DraftProvider } from './draft-context';
import { ErrorSummary } from './ErrorSummary';
import { JsonField } from './JsonField';
import { PlaybookForm } from './PlaybookForm';
import { SaveBar } from './SaveBar';
import { usePlaybookDraft } from './use-playbook-draft';

type PlaybookEditorProps = {
  /** The document to start from: the current version's. */
  initial: unknown;
  readOnly: boolean;
  /** Stores a valid playbook as a new version. */
  onSave(playbook: Playbook, document: unknown): Promise<void>;
  /** What the valid draft would mean before it is saved: health on the cached accounts, quota changes. */
  preview?: (playbook: Playbook) => ReactNode;
  /** Tools that work on the draft itself (shown inside the editor, e.g. Learn from customers). */
  tools?: ReactNode;
};

/** The playbook in forms or as JSON, validated by path as the manager types; only a valid draft can be saved. */
export function PlaybookEditor({ initial, readOnly, onSave, preview, tools }: PlaybookEditorProps) {
  const { t } = useI18n();
  const { state, result, dirty, reset } = usePlaybookDraft(initial, readOnly);
  const [mode, setMode] = useState<'form' | 'json'>('form');
  const formPossible = typeof state.draft === 'object' && state.draft !== null && !Array.isArray(state.draft);
  const shownMode = formPossible ? mode : 'json';
  const deferred = useDeferredValue(result);

  return (
    <DraftProvider value={state}>
      <fieldset className="mode-switch">
        <legend className="visually-hidden">{t('playbook.mode')}</legend>
        <button type="button" aria-pressed={shownMode === 'form'} disabled={!formPossible} onClick={() => setMode('form')}>
          {t('playbook.mode.form')}
        </button>
        <button type="button" aria-pressed={shownMode === 'json'} onClick={() => setMode('json')}>
          {t('playbook.mode.json')}
        </button>
      </fieldset>
      <ErrorSummary errors={state.errors} />
      {shownMode === 'form' ? <PlaybookForm /> : <JsonField path={[]} label={t('playbook.json.label')} rows={24} showErrors={false} />}
      {tools}
      {preview && deferred.ok && (
        <section aria-labelledby="playbook-preview" className="card">
          <h3 id="playbook-preview">{t('playbook.preview')}</h3>
          {preview(deferred.playbook)}
        </section>
      )}
      {!readOnly && (
        <SaveBar
          canSave={result.ok && dirty}
          dirty={dirty}
          invalid={!result.ok}
          onReset={reset}
          onSave={() => (result.ok ? onSave(result.playbook, state.draft) : Promise.resolve())}
        />
      )}
    </DraftProvider>
  );
}
