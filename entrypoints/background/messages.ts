import type { TalDb } from '@/lib/db';
import { onMessage } from '@/lib/messaging/protocol';
import { requireExtensionPage } from '@/lib/messaging/trusted-sender';
import { resetDemoData } from './demo-data';

/** Handlers of the messages that extension pages send to the background. */
export function setupMessages(db: TalDb) {
  onMessage('resetDemoData', ({ sender }) => {
    requireExtensionPage(sender, thisExtension());
    return resetDemoData(db);
  });
}

/** This extension's id and the origin of its pages, for requireExtensionPage. */
export function thisExtension() {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
}
