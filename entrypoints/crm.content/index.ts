import { sendMessage } from '@/lib/messaging/protocol';
import { startSignalsReporting } from '@/lib/recognize/signals/content-reporting';
import { PLATFORM_MATCHES } from '@/lib/recognize/sources';

/**
 * Reads CRM record pages (Salesforce, HubSpot, Dynamics, Pipedrive, Zoho) and LinkedIn and Crunchbase
 * company pages — the record's name, website and related account — and reports them to the background.
 */
export default defineContentScript({
  matches: [...PLATFORM_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startSignalsReporting(ctx, (signals) => sendMessage('pageSignals', signals));
  },
});
