import { describe, expect, it } from 'vitest';
import { requireExtensionPage, UntrustedSenderError } from '@/lib/messaging/trusted-sender';

const extension = { id: 'abc', origin: 'chrome-extension://abc/' };

describe('privileged messages', () => {
  it("are taken from the extension's own pages: the side panel, options, a worker", () => {
    for (const url of [
      'chrome-extension://abc/sidepanel.html',
      'chrome-extension://abc/options.html#team',
      'chrome-extension://abc/x.js',
    ]) {
      expect(() => requireExtensionPage({ id: 'abc', url }, extension)).not.toThrow();
    }
  });

  it('are refused from content scripts, other extensions, and senders without a URL', () => {
    const refused = [
      { id: 'abc', url: 'https://crm.example/lightning/r/Account/001/view' },
      { id: 'other', url: 'chrome-extension://other/page.html' },
      { id: 'abc', url: 'chrome-extension://abcd/page.html' },
      { id: 'abc' },
      {},
    ];
    for (const sender of refused) expect(() => requireExtensionPage(sender, extension)).toThrow(UntrustedSenderError);
  });
});
