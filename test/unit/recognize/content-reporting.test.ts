// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { startSignalsReporting } from '@/lib/recognize/signals/content-reporting';
import type { PageSignals } from '@/lib/recognize/signals/schema';

/** The parts of WXT's ContentScriptContext the reporting uses, over the test window. */
function fakeContext() {
  const invalidated: (() => void)[] = [];
  return {
    isValid: true,
    addEventListener: (target: EventTarget, type: string, handler: (event: Event) => void) => target.addEventListener(type, handler),
    setTimeout: (handler: () => void, ms: number) => window.setTimeout(handler, ms),
    onInvalidated: (callback: () => void) => {
      invalidated.push(callback);
      return () => {};
    },
    invalidate: () => {
      for (const callback of invalidated) callback();
    },
  };
}

describe('startSignalsReporting (what the content scripts run)', () => {
  it('reports the page, re-reads when an SPA navigation renders a new record, and stops when invalidated', async () => {
    window.history.replaceState(null, '', '/');
    document.head.innerHTML = '<meta property="og:site_name" content="Acme">';
    const sent: PageSignals[] = [];
    const ctx = fakeContext();
    startSignalsReporting(ctx as never, async (signals) => {
      sent.push(signals);
    });
    expect(sent.map((s) => s.siteName)).toEqual(['Acme']);

    window.history.pushState(null, '', '/pricing');
    window.dispatchEvent(new Event('wxt:locationchange'));
    expect(sent.at(-1)?.url).toMatch(/\/pricing$/);

    document.querySelector('meta')?.setAttribute('content', 'Acme Pricing');
    document.body.append(document.createElement('div')); // the app renders
    await vi.waitFor(() => expect(sent.at(-1)?.siteName).toBe('Acme Pricing'));

    const count = sent.length;
    ctx.invalidate();
    document.querySelector('meta')?.setAttribute('content', 'After invalidation');
    document.body.append(document.createElement('div'));
    expect(sent).toHaveLength(count);
  });

  it('never changes the page it reads', () => {
    document.documentElement.innerHTML = '<head><title>Acme</title></head><body><h1>Acme</h1></body>';
    const before = document.documentElement.outerHTML;
    startSignalsReporting(fakeContext() as never, async () => {});
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
