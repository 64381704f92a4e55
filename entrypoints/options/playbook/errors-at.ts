import { formatPath } from '@/lib/schema/issues';
import type { DraftPath } from './draft-path';

/** One validation error split into its JSON path and its words. */
export type PathError = { path: string; message: string };

/** Splits `parsePlaybook`'s `path: message` lines; a line without a path belongs to the whole document. */
export function splitErrors(lines: readonly string[]): PathError[] {
  return lines.map((line) => {
    const match = /^([A-Za-z_$][\w$-]*(?:\.[\w$-]+|\[\d+\])*): (.*)$/s.exec(line);
    return match ? { path: match[1] ?? '', message: match[2] ?? '' } : { path: '', message: line };
  });
}

/**
 * The errors at a path; with `nested`, also those inside it (a rule edited as one JSON value
 * shows the errors of its leaves).
 */
export function errorsAt(errors: readonly PathError[], path: DraftPath, nested = false): PathError[] {
  const here = formatPath(path);
  if (nested && here === '') return [...errors];
  return errors.filter((e) => e.path === here || (nested && (e.path.startsWith(`${here}.`) || e.path.startsWith(`${here}[`))));
}
