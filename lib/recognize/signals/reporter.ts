import type { PageSignals } from './schema';

/** How long after a page load or SPA navigation the page is watched for its record to render. */
export const SETTLE_MS = 15_000;
/** At most one reading per this interval while the page is settling. */
export const THROTTLE_MS = 500;

export type SignalsReporterDeps = {
  /** Reads the page's signals now. */
  read: () => PageSignals;
  /** Sends them to the background. */
  send: (signals: PageSignals) => Promise<void>;
  /** Starts calling `onChange` on DOM changes; returns how to stop. */
  watchDom: (onChange: () => void) => () => void;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  /** Where a failed reading or sending is reported. */
  onError: (error: unknown) => void;
  settleMs?: number;
  throttleMs?: number;
};

/**
 * Reports a page's signals when it loads or its URL changes, then re-reads while the page settles (CRM
 * apps render the record after the URL changes), at most every `throttleMs`, sending only what changed.
 * Watching stops `settleMs` after the last navigation, so a busy app page costs nothing afterwards.
 */
export function createSignalsReporter(deps: SignalsReporterDeps) {
  const { settleMs = SETTLE_MS, throttleMs = THROTTLE_MS } = deps;
  let lastSent: string | null = null;
  let pending: unknown = null;
  let settling: unknown = null;
  let stopWatching: (() => void) | null = null;

  const sendIfChanged = () => {
    try {
      const signals = deps.read();
      const serialized = JSON.stringify(signals);
      if (serialized === lastSent) return;
      lastSent = serialized;
      deps.send(signals).catch(deps.onError);
    } catch (error) {
      deps.onError(error);
    }
  };
  const domChanged = () => {
    if (pending !== null) return;
    pending = deps.setTimer(() => {
      pending = null;
      sendIfChanged();
    }, throttleMs);
  };
  const endSettling = () => {
    settling = null;
    stopWatching?.();
    stopWatching = null;
  };

  return {
    /** The page loaded or its URL changed: report now and watch the page settle. */
    pageChanged() {
      sendIfChanged();
      stopWatching ??= deps.watchDom(domChanged);
      if (settling !== null) deps.clearTimer(settling);
      settling = deps.setTimer(endSettling, settleMs);
    },
    /** Stops all watching and timers (the content script was invalidated). */
    stop() {
      if (pending !== null) deps.clearTimer(pending);
      if (settling !== null) deps.clearTimer(settling);
      pending = null;
      endSettling();
    },
  };
}
