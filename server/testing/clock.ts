/** A clock a test sets by hand; the app reads it through `now`. */
export interface TestClock {
  now: () => Date;
  set(iso: string): void;
}

/** A test clock starting at `iso`. */
export function testClock(iso: string): TestClock {
  let current = new Date(iso);
  return {
    now: () => new Date(current),
    set(next) {
      current = new Date(next);
    },
  };
}
