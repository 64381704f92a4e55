/** Who sent a message, as the runtime says (the parts this check reads). */
export type Sender = { id?: string; url?: string };

/** A message that only the extension's own pages may send came from elsewhere (a content script). */
export class UntrustedSenderError extends Error {
  override name = 'UntrustedSenderError';
}

/**
 * Refuses a privileged message (sync, reset the cache) unless one of the extension's own pages sent it:
 * a content script runs in web pages that may be hostile, so its messages carry the page's URL and are
 * never allowed to act. `extensionOrigin` is `browser.runtime.getURL('')`.
 */
export function requireExtensionPage(sender: Sender, extension: { id: string; origin: string }): void {
  if (sender.id === extension.id && sender.url?.startsWith(extension.origin)) return;
  throw new UntrustedSenderError(`only TAL Scout's own pages may ask this, not ${sender.url ?? 'an unknown sender'}`);
}
