import { useEffect, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { DraftPath } from './draft-path';
import { FieldErrors } from './FieldErrors';
import { useField } from './fields';

/** How a value is shown as JSON text; text that did not parse is kept as typed. */
function show(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** True when the text already says the value, so an outside change need not replace what is being typed. */
function saysValue(text: string, value: unknown): boolean {
  if (text.trim() === '') return value === undefined;
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(value);
  } catch {
    return text === value;
  }
}

/**
 * A part of the playbook edited as JSON (a rule, or the whole document for power users). Text that
 * is not JSON is stored as a string, so the schema refuses it and the save stays blocked.
 */
export function JsonField({
  path,
  label,
  rows = 4,
  showErrors = true,
}: {
  path: DraftPath;
  label: string;
  rows?: number;
  showErrors?: boolean;
}) {
  const { t } = useI18n();
  const f = useField(path, true);
  const [text, setText] = useState(() => show(f.value));
  const [syntax, setSyntax] = useState<string | null>(null);
  useEffect(() => {
    if (!saysValue(text, f.value)) {
      setText(show(f.value));
      setSyntax(null);
    }
  }, [text, f.value]);

  const onChange = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setSyntax(null);
      return f.set(undefined);
    }
    try {
      f.set(JSON.parse(next));
      setSyntax(null);
    } catch (error) {
      f.set(next);
      setSyntax(error instanceof Error ? error.message : String(error));
    }
  };
  const syntaxId = `${f.id}-syntax`;
  const described = [syntax ? syntaxId : '', showErrors && f.own.length > 0 ? f.errorId : ''].filter(Boolean).join(' ');
  return (
    <div className="field field-json">
      <label htmlFor={f.id}>{label}</label>
      <textarea
        id={f.id}
        className="json"
        rows={rows}
        spellCheck={false}
        value={text}
        readOnly={f.readOnly}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={syntax !== null || f.own.length > 0 || undefined}
        aria-describedby={described || undefined}
      />
      {syntax && (
        <p id={syntaxId} className="field-errors">
          {t('playbook.json.syntax', { message: syntax })}
        </p>
      )}
      {showErrors && <FieldErrors id={f.errorId} errors={f.own} />}
    </div>
  );
}
