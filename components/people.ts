import { useCallback } from 'react';
import { personName } from '@/lib/tal/names';
import { useI18n } from './i18n';

/** Names people on proposals in the reader's language: "you" for the reader, else the name the proposal carries. */
export function usePersonName(readerId?: string) {
  const { t } = useI18n();
  const you = t('people.you');
  return useCallback((id: string | undefined, name: string | undefined) => personName(id, name, { id: readerId, you }), [readerId, you]);
}
