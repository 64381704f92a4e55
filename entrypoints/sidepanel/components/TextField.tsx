import { useI18n } from '@/components/i18n';

export type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  required?: boolean;
  inputMode?: 'numeric';
  /** The problem with the value, shown under it and announced with the field. */
  error?: string;
  onChange(value: string): void;
};

/** A labelled text input with its error message tied to it. */
export function TextField({ id, label, value, required, inputMode, error, onChange }: TextFieldProps) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span className="muted"> ({t('icp.required')})</span>}
      </label>
      <input
        id={id}
        value={value}
        required={required}
        inputMode={inputMode}
        aria-invalid={error !== undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
