import { formatPath } from './issues';

/** JSON nested deeper than this is refused (spec §6): no document of the product comes near it. */
export const MAX_JSON_DEPTH = 64;

/** Why a text cannot be stored: PostgreSQL refuses NUL, and an unpaired surrogate is no Unicode at all. */
export function unsafeTextProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character';
  if (!text.isWellFormed()) return 'contains an unpaired surrogate (not valid Unicode)';
  return undefined;
}

/**
 * The first place where parsed JSON cannot be taken as it is: nesting deeper than `maxDepth`, or a
 * string or key with a NUL character or an unpaired surrogate; `path: problem`, or undefined. Walked
 * with a stack of its own, so no nesting overflows it.
 */
export function unsafeJsonProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): string | undefined {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: here, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    const where = formatPath(path) || '(the body)';
    if (typeof here === 'string') {
      const problem = unsafeTextProblem(here);
      if (problem) return `${where}: ${problem}`;
      continue;
    }
    if (typeof here !== 'object' || here === null) continue;
    if (path.length >= maxDepth) return `${where}: nested deeper than ${maxDepth} levels`;
    if (Array.isArray(here)) {
      for (let i = here.length - 1; i >= 0; i--) stack.push({ value: here[i], path: [...path, i] });
      continue;
    }
    const entries = Object.entries(here);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i] as [string, unknown];
      const problem = unsafeTextProblem(key);
      if (problem) return `${formatPath([...path, key])}: the key ${problem}`;
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}
