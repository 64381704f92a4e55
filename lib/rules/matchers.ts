import { fold, readBoolean, readNumber } from './values';

/** The kind of value an operator needed when the account's value was of another kind. */
export type ValueKind = 'number' | 'date' | 'text' | 'boolean' | 'single-value' | 'list-or-text';
/** What one operator says about one present value: decided, or the kind of value it needed. */
export type Outcome = 'pass' | 'fail' | ValueKind;
export type Scalar = string | number | boolean;
/** A compiled test of one present (non-missing) account value. */
export type Matcher = (actual: unknown, now: number) => Outcome;

const decide = (ok: boolean): Outcome => (ok ? 'pass' : 'fail');
const isScalar = (value: unknown): value is Scalar => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** Equality of spec §3: text case-insensitive and trimmed, numbers and booleans also read from text. */
export function equalsMatcher(expected: Scalar): Matcher {
  if (typeof expected === 'string') {
    const folded = fold(expected);
    return (actual) => (isScalar(actual) ? decide(fold(String(actual)) === folded) : 'single-value');
  }
  if (typeof expected === 'number') {
    return (actual) => {
      if (!isScalar(actual)) return 'single-value';
      const value = readNumber(actual);
      return value === undefined ? 'number' : decide(value === expected);
    };
  }
  return (actual) => {
    if (!isScalar(actual)) return 'single-value';
    const value = readBoolean(actual);
    return value === undefined ? 'boolean' : decide(value === expected);
  };
}

/** Membership in a list of values; a plain list of text is looked up in a set. */
export function oneOfMatcher(values: readonly Scalar[]): Matcher {
  if (values.every((v) => typeof v === 'string')) {
    const set = new Set(values.map((v) => fold(v as string)));
    return (actual) => (isScalar(actual) ? decide(set.has(fold(String(actual)))) : 'single-value');
  }
  const matchers = values.map(equalsMatcher);
  return (actual, now) => {
    let wrongKind: Outcome | undefined;
    let failed = false;
    for (const matcher of matchers) {
      const outcome = matcher(actual, now);
      if (outcome === 'pass') return 'pass';
      if (outcome === 'fail') failed = true;
      else wrongKind ??= outcome;
    }
    return failed ? 'fail' : (wrongKind ?? 'fail');
  };
}

/** The folded items of a list value, or undefined when the value is no list. */
function foldedItems(actual: unknown): Set<string> | undefined {
  if (!Array.isArray(actual)) return undefined;
  const items = new Set<string>();
  for (const item of actual) if (isScalar(item)) items.add(fold(String(item)));
  return items;
}

/**
 * `contains` (one needle), `containsAny` and `containsAll`: a list holds the value, or a text holds
 * it as a case-insensitive substring.
 */
export function containsMatcher(needles: readonly Scalar[], mode: 'any' | 'all'): Matcher {
  const folded = needles.map((n) => fold(String(n)));
  const test = mode === 'any' ? (has: (n: string) => boolean) => folded.some(has) : (has: (n: string) => boolean) => folded.every(has);
  return (actual) => {
    if (typeof actual === 'string') {
      const text = fold(actual);
      return decide(test((n) => text.includes(n)));
    }
    const items = foldedItems(actual);
    return items === undefined ? 'list-or-text' : decide(test((n) => items.has(n)));
  };
}

/** A numeric comparison; a value that is not a number needs one. */
export function numberMatcher(compare: (value: number) => boolean): Matcher {
  return (actual) => {
    const value = readNumber(actual);
    return value === undefined ? 'number' : decide(compare(value));
  };
}
