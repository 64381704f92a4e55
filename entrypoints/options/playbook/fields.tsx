import { useId } from 'react';
import { useDraft } from './draft-context';
import { type DraftPath, getIn } from './draft-path';
import { errorsAt } from './errors-at';
import { FieldErrors } from './FieldErrors';

type FieldProps = { path: DraftPath; label: string };

/** The wiring every field shares: its value, its errors and the ids that tie label, input and errors. */
function useField(path: DraftPath, nested = false) {
  const { draft, errors, update, readOnly } = useDraft();
  const id = useId();
  const own = errorsAt(errors, path, nested);
  const errorId = `${id}-errors`;
  const aria = { 'aria-invalid': own.length > 0 || undefined, 'aria-describedby': own.length > 0 ? errorId : undefined };
  return { id, value: getIn(draft, path), set: (value: unknown) => update(path, value), own, errorId, aria, readOnly };
}

/** A text value; an empty optional field is removed from the document. */
export function TextField({ path, label, optional = false }: FieldProps & { optional?: boolean }) {
  const f = useField(path);
  return (
    <div className="field">
      <label htmlFor={f.id}>{label}</label>
      <input
        id={f.id}
        type="text"
        value={typeof f.value === 'string' ? f.value : ''}
        readOnly={f.readOnly}
        onChange={(e) => f.set(optional && e.target.value === '' ? undefined : e.target.value)}
        {...f.aria}
      />
      <FieldErrors id={f.errorId} errors={f.own} />
    </div>
  );
}

/** Reads a number input: empty removes the value, anything unreadable stays text so validation names it. */
export function readNumberInput(text: string): unknown {
  if (text.trim() === '') return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
}

/** A number value. */
export function NumberField({ path, label, step = 'any' }: FieldProps & { step?: string }) {
  const f = useField(path);
  const shown = typeof f.value === 'number' ? String(f.value) : typeof f.value === 'string' ? f.value : '';
  return (
    <div className="field">
      <label htmlFor={f.id}>{label}</label>
      <input
        id={f.id}
        type="number"
        step={step}
        value={shown}
        readOnly={f.readOnly}
        onChange={(e) => f.set(readNumberInput(e.target.value))}
        {...f.aria}
      />
      <FieldErrors id={f.errorId} errors={f.own} />
    </div>
  );
}

/** A yes/no value; unchecked removes it (the schema's default applies). */
export function CheckboxField({ path, label }: FieldProps) {
  const f = useField(path);
  return (
    <div className="field field-check">
      <input
        id={f.id}
        type="checkbox"
        checked={f.value === true}
        disabled={f.readOnly}
        onChange={(e) => f.set(e.target.checked || undefined)}
        {...f.aria}
      />
      <label htmlFor={f.id}>{label}</label>
      <FieldErrors id={f.errorId} errors={f.own} />
    </div>
  );
}

/** One of a fixed set of values. */
export function SelectField({ path, label, options }: FieldProps & { options: readonly { value: string; label: string }[] }) {
  const f = useField(path);
  return (
    <div className="field">
      <label htmlFor={f.id}>{label}</label>
      <select
        id={f.id}
        value={typeof f.value === 'string' ? f.value : ''}
        disabled={f.readOnly}
        onChange={(e) => f.set(e.target.value || undefined)}
        {...f.aria}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors id={f.errorId} errors={f.own} />
    </div>
  );
}

export { useField };
