import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readPageSignals } from './read-page';
import { createSignalsReporter } from './reporter';
import type { PageSignals } from './schema';

type ReportingContext = Pick<ContentScriptContext, 'addEventListener' | 'setTimeout' | 'onInvalidated' | 'isValid'>;

/**
 * What a content script does: read the page it runs in and report it, now and on every SPA navigation
 * (`wxt:locationchange`), while the page settles. It reads and reports only; it never changes the page.
 */
export function startSignalsReporting(
  ctx: ReportingContext,
  send: (signals: PageSignals) => Promise<void>,
  window: Window & typeof globalThis = globalThis.window,
): void {
  const reporter = createSignalsReporter({
    read: () => {
      const started = window.performance.now();
      const signals = readPageSignals(window.document, window.location.href);
      // The reading's cost, for the E2E run to report (DevTools shows it at the Verbose level only).
      // biome-ignore lint/suspicious/noConsole: a timing at the debug level, hidden unless asked for; no page text in it.
      console.debug(`TAL Scout read this page in ${(window.performance.now() - started).toFixed(2)} ms`);
      return signals;
    },
    send,
    watchDom: (onChange) => {
      const observer = new window.MutationObserver(onChange);
      observer.observe(window.document, { childList: true, subtree: true, characterData: true });
      return () => observer.disconnect();
    },
    setTimer: (callback, ms) => ctx.setTimeout(callback, ms),
    clearTimer: (timer) => window.clearTimeout(timer as number),
    // After an extension update the old script's messages fail: nothing to report then.
    onError: (error) => {
      if (ctx.isValid) console.warn('TAL Scout: could not report this page', error);
    },
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => reporter.pageChanged());
  ctx.onInvalidated(() => reporter.stop());
  reporter.pageChanged();
}
