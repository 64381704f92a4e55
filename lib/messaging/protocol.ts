import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageSignals } from '../recognize/signals/schema';
import type { SyncStatus } from '../settings/team';

/**
 * The one typed message protocol between content scripts, the background and the extension pages.
 * Every message here has exactly one handler in the background (guarded by a test).
 * Payloads that come from pages are validated with zod by the handler before use.
 */
export interface ProtocolMap {
  /** Resets the local cache to the shipped demo playbook and accounts. */
  resetDemoData(): { accounts: number };
  /** A content script reports what it read on its page (validated by the background before it is kept). */
  pageSignals(signals: PageSignals): void;
  /** Syncs with the team server now (a new proposal, Sync now, a new connection); answers the resulting status. */
  syncNow(): SyncStatus;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
