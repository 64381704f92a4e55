/** `actual` cut down to the keys `expected` has, at every depth: extra keys of a report are allowed, missing ones are not. */
export function pickKeysOf(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) return actual.map((item, i) => pickKeysOf(item, expected[i] ?? expected[0]));
  if (isObject(expected) && isObject(actual)) {
    return Object.fromEntries(
      Object.keys(expected)
        .filter((key) => key in actual)
        .map((key) => [key, pickKeysOf(actual[key], expected[key])]),
    );
  }
  return actual;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
