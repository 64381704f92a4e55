import { useI18n } from '@/components/i18n';
import type { Recognition } from '@/lib/recognize';
import { platformById } from '@/lib/recognize/sources';
import type { ActiveTab } from '@/lib/settings/items';

/**
 * A page that names no company, said for what it is: a mail message from a personal address, a mailbox
 * with no message open, or any other page (a blank tab, a CRM list view, a search page).
 */
export function NoCompany({ tab, recognition }: { tab: ActiveTab; recognition: Recognition }) {
  const { t } = useI18n();
  const mail = platformById(recognition.source)?.kind === 'mail';
  if (mail && recognition.thread?.personalDomain) {
    return <p data-testid="no-domain">{t('mail.personal', { domain: recognition.thread.personalDomain })}</p>;
  }
  if (mail) return <p data-testid="no-domain">{t('mail.openMessage')}</p>;
  return <p data-testid="no-domain">{t('panel.noDomain', { url: shortUrl(tab.url) })}</p>;
}

function shortUrl(url: string): string {
  return url.length > 80 ? `${url.slice(0, 77)}…` : url;
}
