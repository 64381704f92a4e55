import { sendMessage } from '@/lib/messaging/protocol';
import { startSignalsReporting } from '@/lib/recognize/signals/content-reporting';
import { PLATFORM_MATCHES } from '@/lib/recognize/sources';

/**
 * Reads the record pages of every page source (lib/recognize/sources: CRMs and company directories) —
 * the record's name, website and related account — and reports them to the background. Its matches
 * are the sources' hosts.
 */
export default defineContentScript({
  matches: [...PLATFORM_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startSignalsReporting(ctx, (signals) => sendMessage('pageSignals', signals));
  },
});
