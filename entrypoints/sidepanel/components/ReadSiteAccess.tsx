import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { originPattern } from '@/lib/recognize/origin-pattern';
import { parsePageUrl } from '@/lib/recognize/parse-page-url';

type Permissions = Pick<typeof browser.permissions, 'contains' | 'request'>;
type Access = 'checking' | 'granted' | 'ask' | 'denied';

/**
 * On a company site the cache does not know by its address, offers to read the site's own name and
 * details (optional host access, asked only on the rep's click). Shows nothing once granted.
 */
export function ReadSiteAccess({ url, permissions = browser.permissions }: { url: string; permissions?: Permissions }) {
  const { t } = useI18n();
  const origin = parsePageUrl(url).source === 'website' ? originPattern(url) : null;
  const [access, setAccess] = useState<Access>('checking');
  useEffect(() => {
    if (!origin) return;
    let live = true;
    // Through a promise: some implementations throw synchronously where the API is missing.
    Promise.resolve()
      .then(() => permissions.contains({ origins: [origin] }))
      .then(
        (granted) => live && setAccess(granted ? 'granted' : 'ask'),
        () => live && setAccess('ask'),
      );
    return () => {
      live = false;
    };
  }, [origin, permissions]);
  if (!origin || access === 'checking' || access === 'granted') return null;
  const host = new URL(url).hostname;
  const ask = async () => {
    // Must run straight from the click: browsers only show the prompt for a user gesture.
    const granted = await permissions.request({ origins: [origin] }).catch(() => false);
    setAccess(granted ? 'granted' : 'denied');
  };
  return (
    <section className="card" aria-label={t('access.grant', { host })}>
      <p className="muted">{t('access.why')}</p>
      <button type="button" onClick={ask}>
        {t('access.grant', { host })}
      </button>
      {access === 'denied' && <p role="status">{t('access.denied')}</p>}
    </section>
  );
}
