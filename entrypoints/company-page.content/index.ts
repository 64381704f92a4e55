import { sendMessage } from '@/lib/messaging/protocol';
import { startSignalsReporting } from '@/lib/recognize/signals/content-reporting';

/**
 * Reads a company's own site (JSON-LD Organization, og:site_name, canonical link) and reports it to the
 * background. Never in the manifest: the background injects it only into sites the user granted.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    startSignalsReporting(ctx, (signals) => sendMessage('pageSignals', signals));
  },
});
