import type { PathError } from './errors-at';

/** The validation errors of one field, linked to it by id (aria-describedby). */
export function FieldErrors({ id, errors }: { id: string | undefined; errors: readonly PathError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul id={id} className="field-errors">
      {errors.map((e) => (
        <li key={`${e.path}:${e.message}`}>
          <code>{e.path}</code>: {e.message}
        </li>
      ))}
    </ul>
  );
}
