import { useMemo } from 'react';
import { useI18n } from '@/components/i18n';
import { formatNumber, type MessageParams } from '@/lib/i18n';
import messages from './messages';

export type DataMessageKey = keyof (typeof messages)['en'];

/** `t()` for the Data section's own strings, in the page's locale (numbers formatted for it). */
export function useDataT() {
  const { locale } = useI18n();
  return useMemo(() => {
    const catalog = messages[locale];
    return (key: DataMessageKey, params?: MessageParams) =>
      (catalog[key] ?? messages.en[key]).replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params?.[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? formatNumber(locale, value) : value;
      });
  }, [locale]);
}
