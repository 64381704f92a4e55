import type { TalDb } from '@/lib/db';
import { onMessage } from '@/lib/messaging/protocol';
import { resetDemoData } from './demo-data';

/** Handlers of the messages that extension pages send to the background. */
export function setupMessages(db: TalDb) {
  onMessage('resetDemoData', () => resetDemoData(db));
}
