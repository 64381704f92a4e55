import { useI18n } from '@/components/i18n';
import type { CompiledPlaybook } from '@/lib/rules';
import type { Actor } from '@/lib/services/tal/tal-service';
import type { PageView } from '../store';
import { AccountPanel } from './AccountPanel';
import { FindCompany } from './FindCompany';
import { NoCompany } from './NoCompany';

export type PageContentProps = {
  view: PageView;
  playbook: CompiledPlaybook | null | undefined;
  me: Actor | undefined;
  /** Changes when the rep's proposals do: the quota is asked again. */
  quotaVersion: unknown;
};

/** What the panel shows for the page: nothing to show, a company, or the way to find one. */
export function PageContent({ view, playbook, me, quotaVersion }: PageContentProps) {
  const { t } = useI18n();
  switch (view.kind) {
    case 'no-tab':
      return <p>{t('panel.noTab')}</p>;
    case 'loading':
      return <p className="muted loading">{t('common.loading')}</p>;
    case 'no-company':
      return <NoCompany tab={view.tab} recognition={view.recognition} />;
    case 'error':
      return <p role="alert">{t('common.error', { message: view.message })}</p>;
    case 'find':
      return <FindCompany tab={view.tab} recognition={view.recognition} back={view.back} />;
    case 'account':
      if (playbook === undefined) return <p className="muted loading">{t('common.loading')}</p>;
      if (playbook === null) return <p role="alert">{t('panel.noPlaybook')}</p>;
      return (
        <AccountPanel
          key={view.accountId}
          accountId={view.accountId}
          recognition={view.recognition}
          playbook={playbook}
          me={me}
          quotaVersion={quotaVersion}
        />
      );
  }
}
