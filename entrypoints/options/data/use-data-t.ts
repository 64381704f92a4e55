import { useI18n } from '@/components/i18n';
import type { MessageKey, MessageParams } from '@/lib/i18n';

export type DataMessageKey = Extract<MessageKey, `data.${string}`>;

/** `t()` narrowed to the Data section's strings (lib/i18n/messages/data.ts), in the page's locale. */
export function useDataT(): (key: DataMessageKey, params?: MessageParams) => string {
  return useI18n().t;
}
