import { describe, expect, it } from 'vitest';
import { createSignalsReporter } from '@/lib/recognize/signals/reporter';
import { type PageSignals, PageSignalsSchema } from '@/lib/recognize/signals/schema';

/** A clock whose timers run only when the test advances it. */
function manualClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimer: (callback: () => void, ms: number) => {
      timers.set(nextId, { at: now + ms, callback });
      return nextId++;
    },
    clearTimer: (id: unknown) => {
      timers.delete(id as number);
    },
    advance(ms: number) {
      now += ms;
      for (const [id, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
        if (timer.at <= now && timers.delete(id)) timer.callback();
      }
    },
    pending: () => timers.size,
  };
}

function setup() {
  const clock = manualClock();
  const page = { name: 'Loading…' as string | null };
  const sent: PageSignals[] = [];
  const errors: unknown[] = [];
  let domListener: (() => void) | null = null;
  const reporter = createSignalsReporter({
    read: () =>
      PageSignalsSchema.parse({ url: 'https://acme.com/', siteName: page.name, canonicalUrl: null, organizations: [], record: null }),
    send: async (signals) => {
      sent.push(signals);
    },
    watchDom: (onChange) => {
      domListener = onChange;
      return () => {
        domListener = null;
      };
    },
    setTimer: clock.setTimer,
    clearTimer: clock.clearTimer,
    onError: (error) => errors.push(error),
    settleMs: 10_000,
    throttleMs: 500,
  });
  return { clock, page, sent, errors, reporter, dom: () => domListener };
}

describe('createSignalsReporter', () => {
  it('reports at once, then re-reads at most every 500 ms while the page settles, sending only changes', () => {
    const { clock, page, sent, reporter, dom } = setup();
    reporter.pageChanged();
    expect(sent.map((s) => s.siteName)).toEqual(['Loading…']);

    for (let i = 0; i < 50; i++) dom()?.(); // a burst of mutations
    page.name = 'Acme';
    clock.advance(499);
    expect(sent).toHaveLength(1);
    clock.advance(1);
    expect(sent.map((s) => s.siteName)).toEqual(['Loading…', 'Acme']);

    dom()?.();
    clock.advance(500);
    expect(sent).toHaveLength(2); // nothing changed: nothing sent
  });

  it('stops watching the page once it settled, and starts again on the next navigation', () => {
    const { clock, reporter, dom } = setup();
    reporter.pageChanged();
    expect(dom()).not.toBeNull();
    clock.advance(10_000);
    expect(dom()).toBeNull();
    reporter.pageChanged();
    expect(dom()).not.toBeNull();
  });

  it('stops everything when stopped', () => {
    const { clock, reporter, dom } = setup();
    reporter.pageChanged();
    dom()?.();
    reporter.stop();
    expect(dom()).toBeNull();
    expect(clock.pending()).toBe(0);
  });

  it('reports a failing reader instead of throwing into the page', () => {
    const errors: unknown[] = [];
    const reporter = createSignalsReporter({
      read: () => {
        throw new Error('unexpected layout');
      },
      send: async () => {},
      watchDom: () => () => {},
      setTimer: () => 0,
      clearTimer: () => {},
      onError: (error) => errors.push(error),
    });
    expect(() => reporter.pageChanged()).not.toThrow();
    expect(errors).toEqual([new Error('unexpected layout')]);
  });
});
